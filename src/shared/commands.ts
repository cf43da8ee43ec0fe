/**
 * Keyboard commands, declared in manifest.json ("commands") so readers can rebind them in the
 * browser; the background relays each to the active tab's content script.
 */
export const COMMANDS = ['next-mention', 'previous-mention', 'toggle-highlights'] as const;
export type CommandName = (typeof COMMANDS)[number];

export function isCommandName(value: unknown): value is CommandName {
  return typeof value === 'string' && (COMMANDS as readonly string[]).includes(value);
}

/** Where next/previous landed: index in document order (-1 when the page has no mention). */
export interface StepResult {
  index: number;
  count: number;
  topic: string | null;
  text: string | null;
}

export interface ToggleResult {
  enabled: boolean;
}

/**
 * Keyboard commands (manifest "commands"): relayed to the content script of the active tab's top
 * frame. 'commands/run' takes the same path, so the popup and tests can run a command without a key.
 */
import { askTab, ext } from '../platform/browser';
import { features } from '../platform/features';
import { isCommandName, type CommandName, type StepResult, type ToggleResult } from '../shared/commands';
import type { BackgroundHandler } from './handler';
import { withScanInTab } from './on-click';

export async function runCommand(command: CommandName, tabId?: number): Promise<StepResult | ToggleResult | null> {
  const id = tabId ?? (await activeTabId());
  if (id === undefined) return null;
  // Without site access the key press is the reader's click: the scan starts in this tab (on-click mode).
  switch (command) {
    case 'next-mention':
      return withScanInTab(id, () => askTab(id, 'mentions/step', { direction: 1 }));
    case 'previous-mention':
      return withScanInTab(id, () => askTab(id, 'mentions/step', { direction: -1 }));
    case 'toggle-highlights':
      return askTab(id, 'highlights/toggle', {});
  }
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await ext.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

/** Registered at the top level of the background so a restarted worker still hears the keys. */
export function listenToCommands(): void {
  // Firefox for Android has no keyboard commands.
  if (!features.commands) return;
  ext.commands.onCommand.addListener((command: string) => {
    // Pages the content script cannot run in (the browser's own pages) have nobody to answer: nothing to do.
    if (isCommandName(command)) runCommand(command).catch(() => undefined);
  });
}

export const commandHandlers: { 'commands/run': BackgroundHandler<'commands/run'> } = {
  // The dispatcher has checked that command is one of COMMANDS.
  'commands/run': ({ command, tabId }) => runCommand(command, tabId),
};

/**
 * What this browser offers beyond the common core. Firefox for Android has no keyboard commands,
 * context menus, windows, sidebar or omnibox, and may lack the toolbar badge: the features that need
 * them are left out there instead of failing. Checked once, at start.
 */
import { ext } from './browser';

type Namespace = 'commands' | 'contextMenus' | 'windows' | 'sidebarAction' | 'sidePanel' | 'omnibox';

function hasNamespace(name: Namespace): boolean {
  try {
    return (
      typeof (ext as unknown as Record<string, unknown>)[name] === 'object' &&
      (ext as unknown as Record<string, unknown>)[name] !== null
    );
  } catch {
    return false;
  }
}

export const features = {
  /** Keyboard shortcuts (manifest "commands"). */
  commands: hasNamespace('commands'),
  /** The "Look up" item on selected text. */
  contextMenus: hasNamespace('contextMenus'),
  /** Small popup windows (the lookup window); without them a tab does the job. */
  windows: hasNamespace('windows'),
  /** A side view: Firefox's sidebar or Chromium's side panel. */
  sideView: hasNamespace('sidebarAction') || hasNamespace('sidePanel'),
  omnibox: hasNamespace('omnibox'),
  /** The mention count on the toolbar button. */
  badge: typeof (ext.action as Partial<typeof ext.action> | undefined)?.setBadgeText === 'function',
} as const;

/** The count on the toolbar button for one tab; nothing where the browser shows no badge. */
export async function setBadge(tabId: number, text: string): Promise<void> {
  if (!features.badge) return;
  // The tab may close between the report and this call.
  await ext.action.setBadgeText({ tabId, text }).catch(() => undefined);
}

export async function setBadgeColor(color: string): Promise<void> {
  if (!features.badge || typeof ext.action.setBadgeBackgroundColor !== 'function') return;
  await ext.action.setBadgeBackgroundColor({ color }).catch(() => undefined);
}

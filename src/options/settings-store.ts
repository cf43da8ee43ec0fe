/**
 * Reads and writes the reader's settings in storage.sync. Whatever is stored goes through
 * parseSettings, so an old or corrupted value shows as the defaults instead of breaking the page.
 */
import { parseSettings, type Settings } from '../core/settings';
import { ext } from '../platform/browser';
import { features } from '../platform/features';
import { SETTINGS_KEY } from '../shared/storage-keys';

export async function loadSettings(): Promise<Settings> {
  return parseSettings((await ext.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await ext.storage.sync.set({ [SETTINGS_KEY]: parseSettings(settings) });
}

/** Calls back with the new settings whenever another page (the popup, a content script) changes them. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'sync' && SETTINGS_KEY in changes) onChange(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  ext.storage.onChanged.addListener(listener);
  return () => ext.storage.onChanged.removeListener(listener);
}

export interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** The keyboard commands as the browser has them bound now (the reader may have rebound them). */
export async function loadShortcuts(): Promise<Shortcut[]> {
  // Firefox for Android has no keyboard commands: the options page leaves the section out.
  if (!features.commands) return [];
  const commands = await ext.commands.getAll();
  return commands
    .filter((c) => c.name && !c.name.startsWith('_'))
    .map((c) => ({ name: c.name ?? '', description: c.description ?? '', shortcut: c.shortcut ?? '' }));
}

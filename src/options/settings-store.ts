/**
 * Reads and writes the reader's settings in storage.sync. Whatever is stored goes through
 * parseSettings, so an old or corrupted value shows as the defaults instead of breaking the page.
 */
import { parseSettings, type Settings } from '../core/settings';
import { ALL_SHARD_KEYS, hostsIn } from '../core/site-switches';
import { askBackground, ext } from '../platform/browser';
import { features } from '../platform/features';
import { SETTINGS_KEY } from '../shared/storage-keys';

/** The settings, with every site switched off (the old list and the shards, core/site-switches.ts). */
export async function loadSettings(): Promise<Settings> {
  const stored = await ext.storage.sync.get([SETTINGS_KEY, ...ALL_SHARD_KEYS]);
  const settings = parseSettings(stored[SETTINGS_KEY]);
  const off = new Set(settings.disabledHosts);
  for (const key of ALL_SHARD_KEYS) for (const host of hostsIn(stored[key])) off.add(host);
  return { ...settings, disabledHosts: [...off].sort() };
}

/** Sites switched on or off go through the background's one writer; the rest is the settings item. */
export async function saveSettings(settings: Settings): Promise<void> {
  const next = parseSettings(settings);
  const before = new Set((await loadSettings()).disabledHosts);
  const after = new Set(next.disabledHosts);
  const changes = [
    ...[...before].filter((h) => !after.has(h)).map((host) => ({ host, enabled: true })),
    ...[...after].filter((h) => !before.has(h)).map((host) => ({ host, enabled: false })),
  ];
  // Also moves any sites still in the old list into the shards, so the write below drops none.
  await askBackground('sites/set', { changes });
  await ext.storage.sync.set({ [SETTINGS_KEY]: { ...next, disabledHosts: [] } });
}

/** Calls back with the new settings whenever another page (the popup, a content script) changes them. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'sync' || !Object.keys(changes).some((k) => k === SETTINGS_KEY || ALL_SHARD_KEYS.includes(k))) return;
    loadSettings().then(onChange, () => undefined);
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

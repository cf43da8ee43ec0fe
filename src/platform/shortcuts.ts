/**
 * The browser's own page for extension shortcuts: Firefox opens it with commands.openShortcutSettings()
 * (Firefox 137+); Chromium has no API for it, but an extension page may open chrome://extensions/shortcuts.
 */
import { ext } from './browser';
import { features } from './features';

type Commands = { openShortcutSettings?: () => Promise<void> };

export function canOpenShortcutSettings(): boolean {
  return features.commands;
}

export async function openShortcutSettings(): Promise<void> {
  const commands = ext.commands as unknown as Commands;
  if (typeof commands.openShortcutSettings === 'function') return commands.openShortcutSettings();
  await ext.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

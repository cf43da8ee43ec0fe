/**
 * "Look up “%s” in Sino-Soviet Notes" on selected text. It opens the popup page in a small window with
 * ?lookup=TEXT (and the tab it came from), which works alike in Chromium and Firefox; action.openPopup()
 * is not offered to every extension in every version and cannot carry the text on its own.
 */
import { ext } from '../platform/browser';
import { features } from '../platform/features';
import { noteOnSelection } from './note-on-selection';

export const LOOKUP_MENU_ID = 'ssn-lookup-selection';
export const NOTE_MENU_ID = 'ssn-note-selection';
/** A selection longer than a name is not a lookup; keep the URL short. */
const MAX_QUERY_LENGTH = 120;

export function lookupPagePath(selection: string, tabId?: number): string {
  const params = new URLSearchParams({ lookup: selection.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH) });
  if (tabId !== undefined && tabId >= 0) params.set('tab', String(tabId));
  return `popup.html?${params.toString()}`;
}

async function registerMenu(): Promise<void> {
  // Menus survive restarts and updates: start clean so "duplicate id" can never happen.
  await ext.contextMenus.removeAll();
  ext.contextMenus.create({
    id: LOOKUP_MENU_ID,
    title: ext.i18n.getMessage('contextMenuLookup'),
    contexts: ['selection'],
  });
  ext.contextMenus.create({
    id: NOTE_MENU_ID,
    title: ext.i18n.getMessage('contextMenuNote'),
    contexts: ['selection'],
  });
}

async function openLookup(selection: string, tabId: number | undefined): Promise<void> {
  const url = ext.runtime.getURL(lookupPagePath(selection, tabId));
  try {
    if (features.windows) return void (await ext.windows.create({ url, type: 'popup', width: 440, height: 640 }));
  } catch {
    // No window to attach to: a tab does the same job.
  }
  await ext.tabs.create({ url });
}

// Firefox for Android has no context menus: there the item simply does not exist.
if (features.contextMenus) {
  ext.runtime.onInstalled.addListener(() => {
    registerMenu().catch((error: unknown) => console.error('Sino-Soviet Notes: context menu', error));
  });
  ext.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === NOTE_MENU_ID) return void noteOnSelection(tab, info.frameId ?? 0, info.frameUrl);
    if (info.menuItemId !== LOOKUP_MENU_ID || !info.selectionText) return;
    openLookup(info.selectionText, tab?.id).catch((error: unknown) =>
      console.error('Sino-Soviet Notes: lookup window', error),
    );
  });
}

/**
 * "Open in side panel" from the popup: opened here, in the reader's click (the browser allows it only
 * then), on the topic shown; the popup closes once the panel is open. Where the browser refuses, the
 * background opens the topic in a tab instead.
 */
import { askBackground, ext } from '../platform/browser';
import { openSidePanel } from '../platform/side-panel';
import { PANEL_TOPIC_KEY } from '../shared/storage-keys';

export function openPanelFromPopup(tabId: number | null, topic: string | null): void {
  const opening = openSidePanel(tabId !== null ? { tabId } : {});
  const asked = topic ? ext.storage.session.set({ [PANEL_TOPIC_KEY]: { topic, at: Date.now() } }) : Promise.resolve();
  void Promise.all([opening, asked]).then(async ([opened]) => {
    if (!opened) await askBackground('panel/open', topic ? { topic } : {});
    window.close();
  });
}

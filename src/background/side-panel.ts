/**
 * Opening the side panel: from the popup and a card ("Open in side panel"), the command, the address bar.
 * The topic to show travels through storage.session, which the panel reads when it opens and watches.
 */
import { ext } from '../platform/browser';
import { features } from '../platform/features';
import { openSidePanel } from '../platform/side-panel';
import { PANEL_TOPIC_KEY } from '../shared/storage-keys';
import type { BackgroundHandler } from './handler';
import { topicViewPath } from './open-topic';

export const OPEN_PANEL_COMMAND = 'open-side-panel';

/** Opens the panel in the window (a tab with the topic view where the browser has no panel or refused). */
export async function showInPanel(
  topic: string | undefined,
  windowId: number | undefined,
  tabId: number | undefined,
): Promise<'panel' | 'tab'> {
  // First, while the reader's gesture still counts.
  const opening = openSidePanel({ windowId, tabId });
  if (topic) await ext.storage.session.set({ [PANEL_TOPIC_KEY]: { topic, at: Date.now() } });
  if (await opening) return 'panel';
  const path = topic ? topicViewPath(tabId, topic) : 'popup.html';
  await ext.tabs.create({ url: ext.runtime.getURL(path) });
  return 'tab';
}

export const sidePanelHandlers: { 'panel/open': BackgroundHandler<'panel/open'> } = {
  'panel/open': ({ topic }, sender) => {
    // From an extension page (the popup) there is no sender tab: the last focused window is the reader's.
    if (sender.tab) return showInPanel(topic, sender.tab.windowId, sender.tab.id).then((opened) => ({ opened }));
    return ext.windows.getLastFocused().then(
      (w) => showInPanel(topic, w.id, undefined).then((opened) => ({ opened })),
      () => showInPanel(topic, undefined, undefined).then((opened) => ({ opened })),
    );
  },
};

if (features.commands) {
  ext.commands.onCommand.addListener((command: string, tab?: { windowId?: number; id?: number }) => {
    if (command !== OPEN_PANEL_COMMAND) return;
    showInPanel(undefined, tab?.windowId, tab?.id).catch(() => undefined);
  });
}

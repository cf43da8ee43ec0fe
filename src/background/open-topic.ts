/**
 * Opens the popup's view of one topic for a tab: the real popup where the browser lets us open it
 * (action.openPopup, Chromium 127+), else the same page in a new tab. Either way the popup reads
 * popup.html?tab=ID&topic=TOPIC.
 */
import { ext } from '../platform/browser';

export function topicViewPath(tabId: number | undefined, topic: string): string {
  const query = new URLSearchParams();
  if (tabId !== undefined) query.set('tab', String(tabId));
  query.set('topic', topic);
  return `popup.html?${query.toString()}`;
}

export async function openTopic(topic: string, tabId: number | undefined): Promise<'popup' | 'tab'> {
  const path = topicViewPath(tabId, topic);
  if (tabId !== undefined && (await openAsPopup(tabId, path))) return 'popup';
  await ext.tabs.create({ url: ext.runtime.getURL(path), ...(tabId !== undefined ? { openerTabId: tabId } : {}) });
  return 'tab';
}

/** openPopup shows the action's popup, so point this tab's popup at the topic view for the moment it opens. */
async function openAsPopup(tabId: number, path: string): Promise<boolean> {
  const action = ext.action as typeof ext.action & { openPopup?: () => Promise<void> };
  if (typeof action.openPopup !== 'function') return false;
  const usual = ext.runtime.getManifest().action?.default_popup ?? 'popup.html';
  try {
    await action.setPopup({ tabId, popup: path });
    await action.openPopup();
    return true;
  } catch {
    // Firefox wants a user gesture in the background; older Chromium refuses: the tab fallback serves both.
    return false;
  } finally {
    await action.setPopup({ tabId, popup: usual }).catch(() => undefined);
  }
}

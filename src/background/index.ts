/**
 * Background: collects each tab's mentions from its frames, shows the count on the toolbar badge,
 * and answers the popup. Listeners are registered at the top level so a restarted worker gets them.
 */
import { answerBackgroundRequests, ext } from '../platform/browser';
import { setBadge, setBadgeColor } from '../platform/features';
import { parseSettings, withSiteEnabled } from '../core/settings';
import { SETTINGS_KEY, tabStateKey } from '../shared/storage-keys';
import { badgeText, summarise, withReport, type TabFrames } from './tab-state';
import './context-menu';
import { commandHandlers, listenToCommands } from './commands';
import { pageStyleHandlers } from './page-style';
import { previewHandlers } from './previews';
import { judge } from './judge-report';
import { contentWrapHandlers } from './content-wrap';

const tabs = new Map<number, TabFrames>();
// Frames report concurrently; updates to tab state run one at a time so none is lost.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

async function framesOf(tabId: number): Promise<TabFrames> {
  const cached = tabs.get(tabId);
  if (cached) return cached;
  const stored = (await ext.storage.session.get(tabStateKey(tabId)))[tabStateKey(tabId)];
  const frames = (stored ?? {}) as TabFrames;
  tabs.set(tabId, frames);
  return frames;
}

async function saveFrames(tabId: number, frames: TabFrames): Promise<void> {
  tabs.set(tabId, frames);
  await ext.storage.session.set({ [tabStateKey(tabId)]: frames });
  const text = badgeText(summarise(tabId, frames));
  await setBadge(tabId, text);
}

async function forgetTab(tabId: number): Promise<void> {
  tabs.delete(tabId);
  await ext.storage.session.remove(tabStateKey(tabId));
}

answerBackgroundRequests({
  'mentions/report': async (report, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('report from outside a tab');
    await serial(async () => {
      const frames = await framesOf(tabId);
      await saveFrames(tabId, withReport(frames, { ...judge(report), frameId: sender.frameId ?? 0 }));
    });
    return null;
  },
  'mentions/get': async ({ tabId }) => summarise(tabId, await framesOf(tabId)),
  'site/set-enabled': async ({ host, enabled }) => {
    const settings = parseSettings((await ext.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
    await ext.storage.sync.set({ [SETTINGS_KEY]: withSiteEnabled(settings, host, enabled) });
    return null;
  },
  ...previewHandlers,
  ...commandHandlers,
  ...pageStyleHandlers,
  ...contentWrapHandlers,
});

listenToCommands();
ext.tabs.onRemoved.addListener((tabId) => void serial(() => forgetTab(tabId)));
// A new document starts loading: the old page's mentions no longer apply. Where the reader gave no site
// access the browser hides the address (and its changes): any new load may be a new page.
ext.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status === 'loading' && (change.url || !tab.url)) void serial(() => forgetTab(tabId));
});
void setBadgeColor('#b02a1e');

/**
 * Background: collects each tab's mentions from its frames, shows the count on the toolbar badge,
 * and answers the popup. Listeners are registered at the top level so a restarted worker gets them.
 */
import { answerBackgroundRequests, ext } from '../platform/browser';
import { answerCompanionRequests } from '../platform/companion-messaging';
import { setBadge, setBadgeColor } from '../platform/features';
import { setSitesEnabled } from './site-switches';
import { tabStateKey } from '../shared/storage-keys';
import { badgeText, forStorage, summarise, withReport, type TabFrames } from './tab-state';
import './context-menu';
import { commandHandlers, listenToCommands } from './commands';
import { pageStyleHandlers } from './page-style';
import { previewHandlers } from './previews';
import { judge } from './judge-report';
import { contentInjectHandlers } from './content-inject';
import { matcherBodyHandlers } from './matcher-body';
import { attachInFrame, attachInTab, noteHandlers } from './notes';
import { recordReport, trailHandlers } from './trail';
import { backupHandlers } from './backup';
import { sidePanelHandlers } from './side-panel';
import { cardNoteHandlers } from './note-on-selection';
import { omniboxHandlers } from './omnibox';

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

async function saveFrames(tabId: number, reported: TabFrames): Promise<void> {
  const frames = forStorage(reported);
  tabs.set(tabId, frames);
  // The badge first: it must not depend on storage having room.
  await setBadge(tabId, badgeText(summarise(tabId, frames)));
  try {
    await ext.storage.session.set({ [tabStateKey(tabId)]: frames });
  } catch {
    // The session quota is full (many tabs of huge pages): keep at least the counts, which a
    // restarted worker needs to answer the popup.
    await ext.storage.session.set({ [tabStateKey(tabId)]: forStorage(frames, true) }).catch((error: unknown) => {
      console.error('Sino-Soviet Notes: tab state not saved', error);
    });
  }
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
    // The trail is kept apart: a failure to record must not fail the report.
    recordReport(report, sender).catch((error: unknown) => console.error('Sino-Soviet Notes: trail', error));
    // The page's content script is listening now: its passage notes can be found and marked.
    if (report.complete) attachInFrame(tabId, sender.frameId ?? 0, report.url).catch(() => undefined);
    return null;
  },
  'mentions/get': async ({ tabId }) => summarise(tabId, await framesOf(tabId)),
  'mentions/leave': async ({ url }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0) return null;
    await serial(async () => {
      if ((await framesOf(tabId))[0]?.url !== url) return;
      await forgetTab(tabId);
      await setBadge(tabId, '');
    });
    return null;
  },
  'site/set-enabled': async ({ host, enabled }) => {
    await setSitesEnabled([{ host, enabled }]);
    return null;
  },
  'sites/set': async ({ changes }) => {
    await setSitesEnabled(changes);
    return null;
  },
  ...previewHandlers,
  ...commandHandlers,
  ...pageStyleHandlers,
  ...contentInjectHandlers,
  ...sidePanelHandlers,
  ...matcherBodyHandlers,
  ...cardNoteHandlers,
});
answerCompanionRequests({ ...noteHandlers, ...trailHandlers, ...backupHandlers, ...omniboxHandlers });

listenToCommands();
ext.tabs.onRemoved.addListener((tabId) => void serial(() => forgetTab(tabId)));
// A new document starts loading: the old page's mentions no longer apply. Where the reader gave no site
// access the browser hides the address (and its changes): any new load may be a new page.
ext.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status === 'loading' && (change.url || !tab.url)) void serial(() => forgetTab(tabId));
  // A page loaded: its passage notes are found again and marked (nothing is asked of pages without notes).
  if (change.status === 'complete') attachInTab(tabId).catch(() => undefined);
});
// Sites switched off in the old single settings list move to their shards.
setSitesEnabled([]).catch((error: unknown) => console.error('Sino-Soviet Notes: moving switched-off sites', error));
void setBadgeColor('#b02a1e');

/**
 * The reading trail: while the reader has it on, each page's reported mentions become records (one per
 * topic, page and day). Never from a private window; search, per-site forget, clear all.
 */
import { parseSettings } from '../core/settings';
import { forgetSite, indexTrail, recordSightings, searchTrail, type TrailIndex } from '../core/trail';
import { ext, type Runtime } from '../platform/browser';
import type { FrameReport } from '../shared/messages';
import { SETTINGS_KEY, TRAIL_KEY } from '../shared/storage-keys';
import type { CompanionHandler } from './handler';
import { loadTrail, saveTrail, serialStore } from './companion-store';
import { topicLabels } from './topic-labels';

let enabled: Promise<boolean> | null = null;
function trailEnabled(): Promise<boolean> {
  enabled ??= ext.storage.sync.get(SETTINGS_KEY).then(
    (s) => parseSettings(s[SETTINGS_KEY]).trailEnabled,
    () => false,
  );
  return enabled;
}

let index: TrailIndex | null = null;
/** Search text of each record by id, kept across changes of the trail. */
const searchKeys = new Map<string, string>();

ext.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && SETTINGS_KEY in changes) enabled = null;
  if (area === 'local' && TRAIL_KEY in changes) index = null;
});

/** Records what a frame reported, unless the trail is off or the tab is in a private window. */
export async function recordReport(report: FrameReport, sender: Runtime.MessageSender): Promise<void> {
  const tab = sender.tab;
  if (!tab || tab.incognito || !tab.url || report.mentions.length === 0) return;
  if (!(await trailEnabled())) return;
  const page = { url: tab.url, title: tab.title ?? '' };
  await serialStore(async () => {
    const trail = await loadTrail();
    const next = recordSightings(trail, page, report.mentions, new Date());
    if (next !== trail) await saveTrail(next);
  });
}

export const trailHandlers: {
  'trail/search': CompanionHandler<'trail/search'>;
  'trail/forget-site': CompanionHandler<'trail/forget-site'>;
  'trail/clear': CompanionHandler<'trail/clear'>;
} = {
  'trail/search': async ({ query }) => {
    index ??= indexTrail(await loadTrail(), topicLabels, searchKeys);
    return searchTrail(index, query);
  },
  'trail/forget-site': ({ site }) =>
    serialStore(async () => {
      const trail = await loadTrail();
      const kept = forgetSite(trail, site.trim());
      await saveTrail(kept);
      return { removed: trail.length - kept.length };
    }),
  'trail/clear': () =>
    serialStore(async () => {
      await saveTrail([]);
      return null;
    }),
};

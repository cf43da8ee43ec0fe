/**
 * What each tab's frames have reported, kept in memory and mirrored to storage.session so a
 * restarted service worker still knows (MV3 workers are stopped when idle). What is stored per tab
 * is bounded (forStorage), so many tabs of huge pages fit in the session quota.
 */
import type { FrameMentions, MentionReport, TabMentions } from '../shared/messages';

export type TabFrames = Record<number, FrameMentions>;

/** Mentions listed per tab in storage (counts always cover them all): about 60 KB at most. */
export const MAX_STORED_MENTIONS = 400;

/** A new report from a frame; a new document in the top frame forgets the old page's frames. */
export function withReport(frames: TabFrames, report: FrameMentions): TabFrames {
  const top = frames[0];
  if (report.frameId === 0 && top && top.url !== report.url) return { 0: report };
  return { ...frames, [report.frameId]: report };
}

/** Frames the popup and badge count: switched on, big enough to read, and not hidden by the page holding them. */
function countedFrames(frames: TabFrames): FrameMentions[] {
  const ids = Object.keys(frames)
    .map(Number)
    .sort((a, b) => a - b);
  const all = ids.map((id) => frames[id]).filter((f): f is FrameMentions => !!f);
  const hidden = new Set(all.flatMap((f) => f.hiddenFrames ?? []));
  return all.filter((f) => f.enabled && (f.frameId === 0 || (f.visible !== false && !hidden.has(f.url))));
}

/** The tab as one list: the top frame's mentions first, then each frame's in frame order. */
export function summarise(tabId: number, frames: TabFrames): TabMentions | null {
  const top = frames[0];
  if (!top) return null;
  const counted = top.enabled ? countedFrames(frames) : [];
  const mentions: MentionReport[] = [];
  const counts: Record<string, number> = {};
  for (const f of counted) {
    for (const m of f.mentions) mentions.push(m);
    for (const [topic, n] of Object.entries(frameCounts(f))) counts[topic] = (counts[topic] ?? 0) + n;
  }
  return {
    tabId,
    url: top.url,
    complete: top.complete,
    enabled: top.enabled,
    mentions,
    counts,
    capped: counted.some((f) => f.capped),
  };
}

/** Counts as reported, or (from a report of an older version) from its list. */
function frameCounts(f: FrameMentions): Record<string, number> {
  if (f.counts) return f.counts;
  const counts: Record<string, number> = {};
  for (const m of f.mentions) counts[m.topic] = (counts[m.topic] ?? 0) + 1;
  return counts;
}

export function mentionTotal(summary: TabMentions | null): number {
  let n = 0;
  for (const c of Object.values(summary?.counts ?? {})) n += c;
  return n;
}

export function badgeText(summary: TabMentions | null): string {
  const n = mentionTotal(summary);
  if (!summary?.enabled || n === 0) return '';
  return n > 999 ? '999+' : String(n);
}

/**
 * The frames as stored: lists trimmed (top frame first) to MAX_STORED_MENTIONS in all, keeping
 * each frame's first mention of every topic; counts untouched. `lean` stores counts only.
 */
export function forStorage(frames: TabFrames, lean = false): TabFrames {
  let room = lean ? 0 : MAX_STORED_MENTIONS;
  const out: TabFrames = {};
  const ids = Object.keys(frames)
    .map(Number)
    .sort((a, b) => a - b);
  for (const id of ids) {
    const f = frames[id];
    if (!f) continue;
    const counts = frameCounts(f);
    const kept = lean ? [] : f.mentions.length <= room ? f.mentions : firstOfEachTopic(f.mentions, room);
    room = Math.max(0, room - kept.length);
    out[id] = { ...f, counts, mentions: kept };
  }
  return out;
}

function firstOfEachTopic(mentions: readonly MentionReport[], room: number): MentionReport[] {
  const seen = new Set<string>();
  const out: MentionReport[] = [];
  for (const m of mentions) {
    const first = !seen.has(m.topic);
    seen.add(m.topic);
    if (first || out.length < room) out.push(m);
  }
  return out;
}

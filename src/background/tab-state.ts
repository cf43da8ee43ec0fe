/**
 * What each tab's frames have reported, kept in memory and mirrored to storage.session so a
 * restarted service worker still knows (MV3 workers are stopped when idle).
 */
import type { FrameMentions, TabMentions } from '../shared/messages';

export type TabFrames = Record<number, FrameMentions>;

/** A new report from a frame; a new document in the top frame forgets the old page's frames. */
export function withReport(frames: TabFrames, report: FrameMentions): TabFrames {
  const top = frames[0];
  if (report.frameId === 0 && top && top.url !== report.url) return { 0: report };
  return { ...frames, [report.frameId]: report };
}

/** The tab as one list: the top frame's mentions first, then each frame's in frame order. */
export function summarise(tabId: number, frames: TabFrames): TabMentions | null {
  const top = frames[0];
  if (!top) return null;
  const ids = Object.keys(frames).map(Number).sort((a, b) => a - b);
  const enabledFrames = ids.map((id) => frames[id]).filter((f): f is FrameMentions => !!f && f.enabled);
  return {
    tabId,
    url: top.url,
    complete: top.complete,
    enabled: top.enabled,
    mentions: enabledFrames.flatMap((f) => f.mentions),
  };
}

export function badgeText(summary: TabMentions | null): string {
  const n = summary?.mentions.length ?? 0;
  if (!summary?.enabled || n === 0) return '';
  return n > 999 ? '999+' : String(n);
}

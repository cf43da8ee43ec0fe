/**
 * The one evidence item a card shows: among the leading thesis's evidence (or, when no thesis leads,
 * the topic's own), the item nearest the passage in date, then the one naming most of the passage's
 * topics, then verified before secondary, then the earliest, then by id so the choice is stable.
 */
import { isoMonths, type DateCue } from './date-cues';
import type { Evidence, KnowledgeBase, Thesis } from './kb-types';

export interface NearestQuery {
  topic: string;
  thesis: Thesis | null;
  /** The passage's dates (nearest level that has any); none: date plays no part. */
  dates: readonly DateCue[];
  blockTopics: readonly string[];
  /** When set (and the passage has dates), an item further than this many months is no answer. */
  within?: number;
}

export function nearestEvidence(kb: KnowledgeBase, q: NearestQuery): Evidence | null {
  const ids = q.thesis
    ? new Set([...q.thesis.evidence, ...q.thesis.otherReadings.flatMap((r) => r.evidence ?? [])])
    : null;
  const candidates = kb.evidence.filter((e) => (ids ? ids.has(e.id) : e.topics.includes(q.topic)));
  const named = new Set([q.topic, ...q.blockTopics]);
  const rank = (e: Evidence): (number | string)[] => [
    monthsApart(e, q.dates),
    // The mention's own topic counts double: the card is about it.
    -((e.topics.includes(q.topic) ? 1 : 0) + e.topics.filter((t) => named.has(t)).length),
    e.status === 'verified' ? 0 : 1,
    e.date,
    e.id,
  ];
  let best: Evidence | null = null;
  let bestRank: (number | string)[] = [];
  for (const e of candidates) {
    const r = rank(e);
    if (!best || compare(r, bestRank) < 0) {
      best = e;
      bestRank = r;
    }
  }
  if (best && q.within !== undefined && monthsApart(best, q.dates) > q.within) return null;
  return best;
}

/** Months between the item's span and the nearest passage date; 0 when they overlap or there is no date. */
function monthsApart(e: Evidence, dates: readonly DateCue[]): number {
  if (!dates.length) return 0;
  const span = isoMonths(e.date, e.dateEnd ?? e.date);
  return Math.min(...dates.map((d) => Math.max(0, span.from - d.to, d.from - span.to)));
}

function compare(a: readonly (number | string)[], b: readonly (number | string)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number | string;
    const y = b[i] as number | string;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}

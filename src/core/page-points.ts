/**
 * The popup's overview of a page by the paper's points: which points its passages are about (each
 * with those passages), then its topics grouped under the point most of their mentions lead with,
 * then topics whose passages the paper does not address, and topics it does not discuss at all last.
 * Each mention's point comes with the page's report (the card's own choice, judged in the background).
 */
import type { KnowledgeBase } from './kb-types';
import { topicsInOrder, type PageTopic } from './page-topics';

/** A mention as reported (shared/messages.ts MentionReport; the core names only what it reads). */
interface ReportedMention {
  topic: string;
  context: string;
  thesis?: string | null;
}

export interface PointPassage {
  topic: string;
  context: string;
  /** Which mention of its topic this is, in report order (what "show on page" counts by). */
  index: number;
}

export interface PagePoint {
  thesis: string;
  passages: PointPassage[];
}

export type TopicGroup =
  | { kind: 'point'; thesis: string; topics: PageTopic[] }
  /** Topics the paper discusses, but no passage of this page is about one of its points. */
  | { kind: 'unaddressed'; topics: PageTopic[] }
  /** Topics the paper does not discuss (background only). */
  | { kind: 'background'; topics: PageTopic[] };

export interface PageOverview {
  points: PagePoint[];
  groups: TopicGroup[];
}

/** `counts`: the page's full counts per topic, where the mention list is bounded (core/page-topics.ts). */
export function pageOverview(
  kb: KnowledgeBase,
  mentions: readonly ReportedMention[],
  counts?: Readonly<Record<string, number>>,
): PageOverview {
  const thesisOrder = new Map(kb.theses.map((t, i) => [t.id, i]));
  const discussed = new Set(kb.topics.filter((t) => t.theses.length > 0).map((t) => t.id));
  const known = new Set(kb.topics.map((t) => t.id));

  const byPoint = new Map<string, PointPassage[]>();
  const seenByTopic = new Map<string, number>();
  const perTopic = new Map<string, Map<string, number>>();
  for (const m of mentions) {
    const index = seenByTopic.get(m.topic) ?? 0;
    seenByTopic.set(m.topic, index + 1);
    if (!m.thesis || !thesisOrder.has(m.thesis)) continue;
    const list = byPoint.get(m.thesis) ?? [];
    // One passage is shown once, however many of its mentions point the same way.
    if (!list.some((p) => p.context === m.context)) list.push({ topic: m.topic, context: m.context, index });
    byPoint.set(m.thesis, list);
    const counts = perTopic.get(m.topic) ?? new Map<string, number>();
    counts.set(m.thesis, (counts.get(m.thesis) ?? 0) + 1);
    perTopic.set(m.topic, counts);
  }
  const points = [...byPoint]
    .map(([thesis, passages]) => ({ thesis, passages }))
    .sort(
      (a, b) =>
        b.passages.length - a.passages.length || (thesisOrder.get(a.thesis) ?? 0) - (thesisOrder.get(b.thesis) ?? 0),
    );
  const rank = new Map(points.map((p, i) => [p.thesis, i]));

  const groups = new Map<string, PageTopic[]>();
  const put = (key: string, topic: PageTopic): void => {
    groups.set(key, [...(groups.get(key) ?? []), topic]);
  };
  for (const topic of topicsInOrder(mentions, counts).filter((t) => known.has(t.id))) {
    const counts = perTopic.get(topic.id);
    // The point most of its mentions lead with; a tie goes to the point with more passages on the page.
    const main =
      counts && [...counts].sort((a, b) => b[1] - a[1] || (rank.get(a[0]) ?? 0) - (rank.get(b[0]) ?? 0))[0]?.[0];
    put(main ? `point:${main}` : discussed.has(topic.id) ? 'unaddressed' : 'background', topic);
  }
  // Within a group, the topics named most often first (the sort is stable: first appearance breaks ties).
  const sorted = (list: PageTopic[] = []) => [...list].sort((a, b) => b.count - a.count);
  const out: TopicGroup[] = points.flatMap((p) => {
    const topics = sorted(groups.get(`point:${p.thesis}`));
    return topics.length ? [{ kind: 'point' as const, thesis: p.thesis, topics }] : [];
  });
  const unaddressed = sorted(groups.get('unaddressed'));
  if (unaddressed.length) out.push({ kind: 'unaddressed', topics: unaddressed });
  const background = sorted(groups.get('background'));
  if (background.length) out.push({ kind: 'background', topics: background });
  return { points, groups: out };
}

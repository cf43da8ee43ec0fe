/**
 * The popup's "On this page" list: which topics a page mentions, in order of first appearance,
 * with how often, and the first sentence a reader would recognise them by.
 */
/** A mention as the page reports it (shared/messages.ts MentionReport; the core names only what it reads). */
interface ReportedMention {
  topic: string;
  context: string;
}

export interface PageTopic {
  id: string;
  count: number;
  /** The context of the first mention (page text: show it as text, never as HTML). */
  firstContext: string;
}

/**
 * `counts`, where given, are the page's full counts: a page with thousands of mentions reports a
 * bounded list (the first of every topic is always in it) and counts them apart.
 */
export function topicsInOrder(
  mentions: readonly ReportedMention[],
  counts?: Readonly<Record<string, number>>,
): PageTopic[] {
  const byId = new Map<string, PageTopic>();
  for (const m of mentions) {
    const seen = byId.get(m.topic);
    if (seen) seen.count += 1;
    else byId.set(m.topic, { id: m.topic, count: 1, firstContext: m.context });
  }
  const out = [...byId.values()];
  if (counts) for (const t of out) t.count = Math.max(t.count, counts[t.id] ?? 0);
  return out;
}

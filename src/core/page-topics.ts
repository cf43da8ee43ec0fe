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

export function topicsInOrder(mentions: readonly ReportedMention[]): PageTopic[] {
  const byId = new Map<string, PageTopic>();
  for (const m of mentions) {
    const seen = byId.get(m.topic);
    if (seen) seen.count += 1;
    else byId.set(m.topic, { id: m.topic, count: 1, firstContext: m.context });
  }
  return [...byId.values()];
}

/**
 * A frame's report, judged: each mention that came with its place gets the thesis its card would
 * lead with (the card's own chooseLead, so the popup and `npm run scan` agree with the card). The
 * places themselves are dropped: only the compact thesis id is kept in the tab's state.
 */
import type { KnowledgeBase } from '../core/kb-types';
import { chooseLead, MAX_CONTEXT_TOPICS } from '../core/preview-card';
import type { FrameMentions, FrameReport, MentionReport } from '../shared/messages';

export function judgeReport(kb: KnowledgeBase, report: FrameReport): Omit<FrameMentions, 'frameId'> {
  const mentions = Array.isArray(report.mentions) ? report.mentions : [];
  const pageTopics = firstTopics(mentions.map((m) => m.topic));
  const byGroup = new Map<number, string[]>();
  const bySentence = new Map<string, string[]>();
  const add = <K>(map: Map<K, string[]>, key: K, topic: string): void => {
    const list = map.get(key) ?? [];
    if (!list.includes(topic)) list.push(topic);
    map.set(key, list);
  };
  const sentenceKey = (p: { group: number; sentence: string }): string => `${p.group}\u0000${p.sentence}`;
  for (const m of mentions) {
    if (!m.place) continue;
    add(byGroup, m.place.group, m.topic);
    add(bySentence, sentenceKey(m.place), m.topic);
  }
  const judged = mentions.map(({ place, ...m }): MentionReport => {
    if (!place) return { topic: m.topic, text: m.text, context: m.context };
    const passage = {
      sentence: place.sentence,
      block: report.blocks?.[place.block] ?? '',
      heading: report.headings?.[place.heading] ?? '',
    };
    const context = {
      passage,
      blockTopics: byGroup.get(place.group) ?? [],
      sentenceTopics: bySentence.get(sentenceKey(place)) ?? [],
      pageTopics,
    };
    return { topic: m.topic, text: m.text, context: m.context, thesis: chooseLead(kb, m.topic, context).thesis };
  });
  const { url, complete, enabled, visible, counts, capped, hiddenFrames } = report;
  return { url, complete, enabled, visible, counts, capped, hiddenFrames, mentions: judged };
}

/** Distinct topics in order of first appearance, as the card's context lists them. */
export function firstTopics(topics: readonly string[]): string[] {
  return [...new Set(topics)].slice(0, MAX_CONTEXT_TOPICS);
}

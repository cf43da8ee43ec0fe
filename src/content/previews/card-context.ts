/**
 * What a card is told about its mention's place: the passage (same reader as the report, so the card
 * and the popup agree), the topics named in the same block, and the page's topics.
 */
import type { PreviewContext } from '../../core/preview-card';
import type { PageMention } from '../page-mention';
import { createPassageReader } from '../passage-reader';
import { nearestBlock } from '../text-runs';

const MAX_TOPICS = 60;

export function cardContext(mention: PageMention, all: readonly PageMention[], doc: Document): PreviewContext {
  const reader = createPassageReader(doc);
  const passage = reader.passageOf(mention);
  const block = nearestBlock(mention.startNode);
  const blockTopics = new Set<string>();
  const sentenceTopics = new Set<string>();
  const pageTopics = new Set<string>();
  for (const m of all) {
    if (pageTopics.size < MAX_TOPICS) pageTopics.add(m.topic);
    if (!block || !block.contains(m.startNode) || nearestBlock(m.startNode) !== block) continue;
    blockTopics.add(m.topic);
    // Same sentence: what the report does too (mentions whose passage has this sentence).
    if (reader.passageOf(m).sentence === passage.sentence) sentenceTopics.add(m.topic);
  }
  return {
    passage,
    blockTopics: [...blockTopics].slice(0, MAX_TOPICS),
    sentenceTopics: [...sentenceTopics].slice(0, MAX_TOPICS),
    pageTopics: [...pageTopics],
  };
}

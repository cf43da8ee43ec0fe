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
  const block = nearestBlock(mention.startNode);
  const blockTopics = new Set<string>();
  const pageTopics = new Set<string>();
  for (const m of all) {
    if (pageTopics.size < MAX_TOPICS) pageTopics.add(m.topic);
    if (block && block.contains(m.startNode) && nearestBlock(m.startNode) === block) blockTopics.add(m.topic);
  }
  return { passage: reader.passageOf(mention), blockTopics: [...blockTopics].slice(0, MAX_TOPICS), pageTopics: [...pageTopics] };
}

/**
 * "Add note" on a card: the passage note's quote is the mention's sentence (within its block), quoted
 * from the same page text as a selection is for the context menu's note, so it re-attaches the same way.
 */
import { sentenceBounds } from '../../core/passage';
import { describeQuote, type TextQuote } from '../../core/text-quote';
import { offsetOf, readPageText } from '../notes/page-text';
import type { PageMention } from '../page-mention';
import { nearestBlock } from '../text-runs';

export function mentionQuote(mention: PageMention, doc: Document): TextQuote | null {
  if (!doc.body) return null;
  const page = readPageText(doc.body);
  const start = offsetOf(page, mention.startNode, mention.startOffset);
  const end = offsetOf(page, mention.endNode, mention.endOffset);
  if (start < 0 || end <= start) return null;
  // The block bounds the sentence: page text runs blocks together without a separator.
  const block = nearestBlock(mention.startNode);
  const from = block ? Math.min(start, offsetOf(page, block, 0)) : 0;
  const to = block ? Math.max(end, offsetOf(page, block, block.childNodes.length)) : page.text.length;
  const sentence = sentenceBounds(page.text.slice(from, to), start - from, end - from);
  const quote = describeQuote(page.text, from + sentence.from, from + sentence.to);
  return quote.exact ? quote : null;
}

/**
 * The passage around a mention, read from the DOM only when asked (a card opens, a report is sent):
 * the mention's block (nearest block element), its sentence in that block, and the nearest heading
 * above it. Nothing is stored per mention, so pages pay nothing for this until it is used.
 * One reader serves one pass; it caches block texts and the page's headings for that pass only.
 */
import { passageAt, PASSAGE_LIMITS, type Passage } from '../core/passage';
import type { PageMention } from './page-mention';
import { nearestBlock } from './text-runs';
import { TreeOrder } from './tree-order';

/** A block longer than this is a page wrapper, not a paragraph: only the mention's own text node is read. */
const MAX_BLOCK_CHARS = 20_000;
const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role="heading"]';

export interface PassageReader {
  /** The mention's block element (the unit whose topics count as "named in the same block"). */
  blockOf(mention: PageMention): Element | null;
  passageOf(mention: PageMention): Passage;
  /** The heading's text, bounded; '' when none is above. */
  headingOf(mention: PageMention): string;
}

interface BlockText {
  text: string;
  /** Where each text node starts in text. */
  starts: Map<Text, number>;
}

export function createPassageReader(doc: Document): PassageReader {
  const texts = new Map<Element, BlockText | null>();
  let headings: NodeListOf<Element> | null = null;
  // compareDocumentPosition walks the sibling list where two paths part: thousands of steps a call on
  // a long page (tree-order.ts).
  const order = new TreeOrder();
  const blockOf = (m: PageMention): Element | null => nearestBlock(m.startNode);

  const headingOf = (m: PageMention): string => {
    headings ??= doc.querySelectorAll(HEADINGS);
    // Headings are in document order: binary search for the last one that starts before the mention.
    let lo = 0;
    let hi = headings.length - 1;
    let found: Element | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const h = headings[mid] as Element;
      // After the heading, or inside it.
      if (order.follows(h, m.startNode)) {
        found = h;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return (found?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, PASSAGE_LIMITS.heading);
  };

  // One walk per block gives its text and where each node starts, for all its mentions.
  const textOf = (block: Element): BlockText | null => {
    let known = texts.get(block);
    if (known !== undefined) return known;
    const walker = doc.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    const starts = new Map<Text, number>();
    let text = '';
    for (let n = walker.nextNode(); n && text.length <= MAX_BLOCK_CHARS; n = walker.nextNode()) {
      starts.set(n as Text, text.length);
      text += (n as Text).data;
    }
    known = text.length > MAX_BLOCK_CHARS ? null : { text, starts };
    texts.set(block, known);
    return known;
  };

  // Mentions of one block share its heading (a heading is itself a block), so it is looked up once.
  const headingByBlock = new Map<Element, string>();
  const passageOf = (m: PageMention): Passage => {
    const block = blockOf(m);
    let heading = block ? headingByBlock.get(block) : undefined;
    if (heading === undefined) {
      heading = headingOf(m);
      if (block) headingByBlock.set(block, heading);
    }
    const known = block ? textOf(block) : null;
    const at = known?.starts.get(m.startNode);
    if (!known || at === undefined)
      return passageAt(m.startNode.data, m.startOffset, m.startOffset + m.text.length, heading);
    const start = at + m.startOffset;
    return passageAt(known.text, start, start + m.text.length, heading);
  };

  return { blockOf, passageOf, headingOf };
}

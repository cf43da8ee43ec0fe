import type { NearVerdict } from '../core/ambiguity';

/** A mention found in this document: where it is in the DOM and what it names. */
export interface PageMention {
  /** Unique within this document for the life of the content script. */
  id: number;
  topic: string;
  ambiguous: boolean;
  /** For an ambiguous mention: what the blocks around it say (core/ambiguity.ts). */
  near?: NearVerdict;
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
  /** The matched text as written on the page. */
  text: string;
  context: string;
}

/** Document order, so the popup and next/previous walk mentions as the reader reads. */
export function compareMentions(a: PageMention, b: PageMention): number {
  if (a.startNode === b.startNode) return a.startOffset - b.startOffset;
  const pos = a.startNode.compareDocumentPosition(b.startNode);
  return pos & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : pos & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
}

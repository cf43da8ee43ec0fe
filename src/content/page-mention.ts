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

/**
 * Whether a starts before b in document order. Costly on big pages (compareDocumentPosition walks
 * both ancestor chains): only for placing a changed subtree's mentions, O(log n) calls per subtree.
 */
export function startsBefore(a: PageMention, b: PageMention): boolean {
  if (a.startNode === b.startNode) return a.startOffset < b.startOffset;
  return (a.startNode.compareDocumentPosition(b.startNode) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/**
 * Where a mention is on screen. Painted mentions are ranges over the page's own text nodes; wrapped
 * ones are <mark>s (mark.js splits the text nodes, so a wrapped mention's offsets no longer apply).
 */
import type { PageMention } from '../page-mention';
import { MARK_CLASS } from '../renderers/renderer';

export type RendererKind = 'paint' | 'wrap';

/** The mention's marks, looked up in its own tree (the document, or the open shadow root it is in). */
export function marksOf(mention: PageMention, doc: Document): HTMLElement[] {
  const root = mention.startNode.getRootNode();
  const scope: ParentNode = root.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? (root as ShadowRoot) : doc;
  return [...scope.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}[data-ssn-id="${mention.id}"]`)];
}

export function mentionRects(mention: PageMention, kind: RendererKind, doc: Document): DOMRect[] {
  if (kind === 'wrap') return marksOf(mention, doc).flatMap((mark) => boxesOf(mark, doc));
  if (!mention.startNode.isConnected || !mention.endNode.isConnected) return [];
  const range = doc.createRange();
  range.setStart(mention.startNode, Math.min(mention.startOffset, mention.startNode.length));
  range.setEnd(mention.endNode, Math.min(mention.endOffset, mention.endNode.length));
  return [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
}

/** A mark in a flex or grid item makes no box (display: contents): its text has the boxes then. */
function boxesOf(mark: HTMLElement, doc: Document): DOMRect[] {
  const rects = [...mark.getClientRects()];
  if (rects.length) return rects;
  const range = doc.createRange();
  range.selectNodeContents(mark);
  return [...range.getClientRects()];
}

/** The line of the mention the pointer is on (a mention can wrap across lines), else its first line. */
export function anchorRect(rects: readonly DOMRect[], point?: { x: number; y: number }): DOMRect | null {
  if (point) {
    const hit = rects.find((r) => point.y >= r.top && point.y <= r.bottom);
    if (hit) return hit;
  }
  return rects[0] ?? null;
}

export function isRtl(mention: PageMention, doc: Document): boolean {
  const el = mention.startNode.parentElement ?? doc.documentElement;
  return doc.defaultView?.getComputedStyle(el).direction === 'rtl';
}

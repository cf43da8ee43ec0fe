/**
 * Which mention is under a point. Painted highlights: the caret position at the point, the spans of
 * that text node, then the span's own rectangles (past a line's end the caret snaps to the nearest
 * character, which may belong to a mention the pointer is not on). Wrapped highlights: the <mark>.
 */
import type { PageMention } from '../page-mention';
import { MARK_CLASS } from '../renderers/renderer';
import { spansAtOffset, type SpanIndex } from './mention-index';

interface Caret {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(doc: Document, x: number, y: number): Caret | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/**
 * `scratch` is one Range reused for every test, so hovering allocates nothing. `target` is the element
 * the pointer event hit (the browser's own hit test, free): over an element holding no mention text,
 * the caret lookup, the costly part, is skipped.
 */
export function paintedMentionAt(
  doc: Document,
  index: SpanIndex,
  x: number,
  y: number,
  scratch: Range,
  target?: EventTarget | null,
): PageMention | null {
  if (!index.byNode.size || (target && !index.parents.has(target as Node))) return null;
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const spans = index.byNode.get(caret.node as Text);
  if (!spans) return null;
  for (const span of spansAtOffset(spans, caret.offset)) {
    scratch.setStart(caret.node, span.from);
    scratch.setEnd(caret.node, span.to);
    if (rectsContain(scratch.getClientRects(), x, y)) return span.mention;
  }
  return null;
}

export function rectsContain(rects: ArrayLike<DOMRectReadOnly>, x: number, y: number): boolean {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i] as DOMRectReadOnly;
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

/** The id on the <mark> an event happened in (wrapped highlights), or null. */
export function wrappedMentionId(target: EventTarget | null): number | null {
  if (!target || !(target as Node).nodeType) return null;
  const node = target as Node;
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  // A link holding a mark is that mention's Tab stop (the mark adds none): focusing it is focusing the mention.
  const mark =
    el?.closest<HTMLElement>(`mark.${MARK_CLASS}`) ??
    (el?.matches('a[href]') ? el.querySelector<HTMLElement>(`mark.${MARK_CLASS}`) : null);
  const id = Number(mark?.dataset.ssnId);
  return Number.isInteger(id) && id > 0 ? id : null;
}

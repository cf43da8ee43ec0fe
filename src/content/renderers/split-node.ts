/**
 * Splits one of the page's text nodes around the mentions in it, and undoes that.
 * The page's node stays where it is and keeps the text before the first mention (a framework that
 * later removes or rewrites it still finds it); the marks and the text between and after them are
 * new nodes of ours, inserted right after it. In a flex or grid container each element child is a
 * box of its own, so there the marks are `display: contents`: the text stays one anonymous item,
 * the layout and innerText are unchanged, and the mention is painted through the Highlight API instead.
 */
import type { PageMention } from '../page-mention';
import { ACTIVE_CLASS, CONTENTS_CLASS, MARK_CLASS } from './renderer';

/** Inside a link or a control the reader already has a Tab stop there: the mark adds none. */
const FOCUSABLE = 'a[href],button,[tabindex],summary,label';

export interface Segment {
  node: Text;
  start: number;
  end: number;
  mention: PageMention;
}

export interface Split {
  head: Text;
  /** What we left in head: any other value means the page wrote to it since. */
  written: string;
  /** Our nodes after head, in order. */
  pieces: Node[];
  marks: HTMLElement[];
  /** The marks are display: contents (a flex or grid item), so they need painting. */
  contents: boolean;
}

/**
 * Splits node at the segments (sorted, overlaps dropped); null when they no longer fit its text.
 * tabStops: mention ids that already have a focusable mark (one tab stop per mention).
 * contents: node's parent is a flex or grid container (read by the caller before any of its writes,
 * or each read would force a style recalculation).
 */
export function splitNode(
  node: Text,
  segments: Segment[],
  doc: Document,
  tabStops: Set<number>,
  activeId: number | null,
  contents: boolean,
  /** The mark's category and scheme class (core/highlight-categories.ts markClass). */
  styleClass: (m: PageMention) => string = () => '',
): Split | null {
  const data = node.data;
  segments.sort((a, b) => a.start - b.start);
  const first = segments[0];
  if (!first || segments.some((s) => s.start < 0 || s.end > data.length || s.start >= s.end)) return null;
  const pieces: Node[] = [];
  const marks: HTMLElement[] = [];
  let at = first.start;
  for (const s of segments) {
    if (s.start < at) continue;
    if (s.start > at) pieces.push(doc.createTextNode(data.slice(at, s.start)));
    const mark = doc.createElement('mark');
    const style = styleClass(s.mention);
    mark.className = [MARK_CLASS, style, contents ? CONTENTS_CLASS : ''].filter(Boolean).join(' ');
    mark.dataset.ssnTopic = s.mention.topic;
    mark.dataset.ssnId = String(s.mention.id);
    if (!tabStops.has(s.mention.id)) {
      tabStops.add(s.mention.id);
      if (!node.parentElement?.closest(FOCUSABLE)) {
        mark.tabIndex = 0;
        mark.dataset.ssnStop = '';
      }
    }
    if (s.mention.id === activeId) mark.classList.add(ACTIVE_CLASS);
    mark.textContent = data.slice(s.start, s.end);
    pieces.push(mark);
    marks.push(mark);
    at = s.end;
  }
  if (at < data.length) pieces.push(doc.createTextNode(data.slice(at)));
  const fragment = doc.createDocumentFragment();
  fragment.append(...pieces);
  node.parentNode?.insertBefore(fragment, node.nextSibling);
  const written = data.slice(0, first.start);
  node.data = written;
  return { head: node, written, pieces, marks, contents };
}

/**
 * Takes our pieces out. While head holds what we wrote, it gets back what the page was showing
 * (its text and our pieces', which is its original unless the page edited a piece). Otherwise the page
 * rewrote it: its new text is the truth and ours is dropped unwritten. Returns false in that case.
 */
export function restoreSplit(split: Split): boolean {
  const { head, pieces } = split;
  const clean = head.isConnected && head.data === split.written;
  let shown = head.data;
  for (const piece of pieces) {
    if (clean && piece.parentNode === head.parentNode) shown += piece.textContent ?? '';
    piece.parentNode?.removeChild(piece);
  }
  if (clean && head.data !== shown) head.data = shown;
  return clean;
}

/** Also 'inline-flex', 'inline grid' and the like: every flex and grid container lays children out as items. */
export function isFlexOrGrid(el: Element | null, doc: Document): boolean {
  if (!el) return false;
  const display = doc.defaultView?.getComputedStyle(el).display ?? '';
  return display.includes('flex') || display.includes('grid');
}

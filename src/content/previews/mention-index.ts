/**
 * Painted highlights have no elements to hover, so the pointer's caret position is looked up here:
 * each text node maps to the parts of mentions it holds, sorted by offset, searched in O(log n).
 */
import type { PageMention } from '../page-mention';

/** The part of one mention inside one text node: [from, to) in that node's data. */
export interface Span {
  from: number;
  to: number;
  mention: PageMention;
}

export interface SpanIndex {
  byNode: Map<Text, Span[]>;
  /** Elements whose own text holds a mention: a pointer event over any other element needs no caret lookup. */
  parents: Set<Node>;
}

/** A mention crossing more nodes than this is a page oddity, not a name: index only its ends. */
const MAX_NODES_PER_MENTION = 64;

export function buildSpanIndex(mentions: readonly PageMention[], doc: Document): SpanIndex {
  const index: SpanIndex = { byNode: new Map(), parents: new Set() };
  const add = (node: Text, from: number, to: number, mention: PageMention): void => {
    if (to <= from) return;
    const spans = index.byNode.get(node);
    if (spans) spans.push({ from, to, mention });
    else index.byNode.set(node, [{ from, to, mention }]);
    if (node.parentNode) index.parents.add(node.parentNode);
  };
  for (const m of mentions) {
    if (m.startNode === m.endNode) {
      add(m.startNode, m.startOffset, m.endOffset, m);
      continue;
    }
    add(m.startNode, m.startOffset, m.startNode.length, m);
    for (const node of nodesBetween(m.startNode, m.endNode, doc)) add(node, 0, node.length, m);
    add(m.endNode, 0, m.endOffset, m);
  }
  for (const spans of index.byNode.values()) spans.sort((a, b) => a.from - b.from);
  return index;
}

/** Text nodes strictly between start and end in document order. */
function nodesBetween(start: Text, end: Text, doc: Document): Text[] {
  const root = doc.body ?? doc.documentElement;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  walker.currentNode = start;
  const out: Text[] = [];
  for (let n = walker.nextNode(); n && n !== end; n = walker.nextNode()) {
    if (out.length >= MAX_NODES_PER_MENTION) return [];
    out.push(n as Text);
  }
  return out;
}

/**
 * Spans a caret offset touches, nearest first. A caret sits between characters, so offset === to
 * (the pointer on a mention's last character's right half) still counts; when one mention ends where
 * the next begins, both are returned and the caller's rectangle check decides.
 */
export function spansAtOffset(spans: readonly Span[], offset: number): Span[] {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).from <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return [];
  const out: Span[] = [];
  const here = spans[found] as Span;
  if (offset <= here.to) out.push(here);
  const before = spans[found - 1];
  if (before && before.to >= offset) out.push(before);
  return out;
}

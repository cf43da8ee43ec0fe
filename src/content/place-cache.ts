/**
 * A report's passages kept from one report to the next. A mention's passage depends only on the page
 * up to the end of its block (its block's text, the heading above it), so while the page changes only
 * after the last block read (a feed growing at its end) the listed mentions' passages stay as they
 * were and are not read again: re-reading them for every report of a growing feed was a third of our
 * garbage there. Any change at or before that point drops them all.
 */
import type { Passage } from '../core/passage';
import type { PageMention } from './page-mention';

export interface KnownPlace {
  passage: Passage;
  block: Element | null;
}

const PRECEDING = 2; // Node.DOCUMENT_POSITION_PRECEDING (alone: not containing, not disconnected)
const FOLLOWING = 4;

export class PlaceCache {
  private places = new Map<PageMention, KnownPlace>();
  /** The last node, in document order, that any kept passage was read from. */
  private frontier: Node | null = null;
  /** What changed since the running pass began (checked against what it read before it is kept). */
  private since: Node[] | 'all' | null = null;

  constructor(private readonly doc: Document = document) {}

  /** The page changed in these subtrees (the page observer's), or anywhere ('all'). */
  changed(roots: readonly Node[] | 'all'): void {
    if (this.since !== null) {
      if (roots === 'all' || this.since === 'all' || this.since.length + roots.length > MAX_PENDING) this.since = 'all';
      else for (const root of roots) this.since.push(root);
    }
    if (this.frontier && !allAfter(roots, this.frontier)) {
      this.places = new Map();
      this.frontier = null;
    }
  }

  /** A pass of one report: what is known, and what it reads (kept if nothing before it changed meanwhile). */
  pass(): PlacePass {
    const read = new Map<PageMention, KnownPlace>();
    let frontier: Node | null = null;
    this.since = [];
    return {
      known: (m) => this.places.get(m),
      read: (m, place) => {
        const last = lastNodeOf(place.block ?? m.startNode);
        // Passages in a shadow root or a detached node have no place in the document's order.
        if (last.getRootNode() !== this.doc) return;
        read.set(m, place);
        if (!frontier || frontier.compareDocumentPosition(last) & FOLLOWING) frontier = last;
      },
      finish: () => {
        const since = this.since;
        this.since = null;
        if (since === null || (frontier && !allAfter(since, frontier))) return;
        this.places = read;
        this.frontier = frontier;
      },
    };
  }
}

/** Changes a pass keeps track of before it gives up on keeping what it read. */
const MAX_PENDING = 1_000;

/** Whether every root lies after node (not containing it). */
function allAfter(roots: readonly Node[] | 'all', node: Node): boolean {
  if (roots === 'all') return false;
  // Asked of the root: the browser's walk is then bounded by node's place, not the root's.
  for (const root of roots) if (root.compareDocumentPosition(node) !== PRECEDING) return false;
  return true;
}

export interface PlacePass {
  known(m: PageMention): KnownPlace | undefined;
  /** Every mention placed in this report (known or read now): the next report keeps only these. */
  read(m: PageMention, place: KnownPlace): void;
  finish(): void;
}

/** The last node of node's subtree in document order. */
function lastNodeOf(node: Node): Node {
  let last = node;
  while (last.lastChild) last = last.lastChild;
  return last;
}

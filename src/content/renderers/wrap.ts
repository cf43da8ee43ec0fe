/**
 * Wraps mentions in focusable <mark> elements: visible to screen readers and keyboard users.
 * Used where the Highlight API is missing and when the reader asks for accessible highlights.
 *
 * The page's text nodes belong to the page (a framework may hold them and write to them at any time),
 * so each node we split keeps its place and the text before its first mention; everything after it is
 * ours (split-node.ts). Restoring writes back only what the page was showing, and only into a node that
 * still holds exactly what we wrote: a node the page rewrote means the page moved on, so our pieces
 * are dropped without a write and the block is handed back for a rescan (onStale). The same check runs
 * as soon as the page writes (a MutationObserver delivers before the next frame), so the reader never
 * sees our stale copy of a text next to the page's new one.
 */
import { highlightName, markClass } from '../../core/highlight-categories';
import type { Look } from '../mention-look';
import type { PageMention } from '../page-mention';
import { isSkippedElement, nearestBlock } from '../text-runs';
import { KeptHighlight } from './kept-highlight';
import { highlightApiAvailable } from './paint';
import { ACTIVE_CLASS, HIGHLIGHT_NAME, type Renderer } from './renderer';
import { createSkipLink } from './skip-link';
import { isFlexOrGrid, restoreSplit, splitNode, type Segment, type Split } from './split-node';

interface WrappedBlock {
  mentions: PageMention[];
  splits: Split[];
}

export interface WrapOptions {
  doc?: Document;
  /** The page changed text we had split: our marks there are gone, the block needs a rescan. */
  onStale?(block: Node): void;
  /** The mention's category and scheme (content.js hands in its reader, so this bundle carries no data). */
  lookOf?: (m: PageMention) => Look;
  /** The skip button's words for n highlights (content.js hands in its translation). */
  skipLabel?: (n: number) => string;
}

const plain = (): Look => ({ category: 'concept', scheme: 'light', dark: false });

export function createWrapRenderer(options: WrapOptions = {}): Renderer {
  const doc = options.doc ?? document;
  const lookOf = options.lookOf ?? plain;
  const skip = createSkipLink(doc, options.skipLabel ?? ((n) => `Skip all ${n} highlights`));
  const styleClass = (m: PageMention): string => {
    const look = lookOf(m);
    return markClass(look.category, look.scheme);
  };
  const blocks = new Map<Node, WrappedBlock>();
  /** Every node we split, to the block it is in: what the watcher checks page writes against. */
  const heads = new Map<Text, Node>();
  let activeId: number | null = null;
  // Marks that make no box (in flex and grid items) cannot paint a background: the Highlight API does.
  const win = doc.defaultView;
  const canPaint = win !== null && highlightApiAvailable(win);
  const painted = new Map<string, KeptHighlight>();
  // Every painted mark under the one unstyled name too, as the paint renderer does.
  const all = canPaint && win ? new KeptHighlight(win, HIGHLIGHT_NAME) : null;
  const paintedRanges = new Map<HTMLElement, { range: StaticRange; highlight: KeptHighlight }>();
  const watcher = new MutationObserver((records) => {
    try {
      pageWrote(records);
    } catch {
      // Never into the page; the next rescan repairs what this missed.
    }
  });
  let watching = false;
  /** Shadow roots we wrapped text in: the document's observation does not reach into them. */
  const watchedRoots = new Set<Node>();

  /** Which parents are flex or grid containers, read for a whole batch before its first write. */
  const layouts = new Map<Element, boolean>();

  function readLayouts(mentions: readonly PageMention[]): void {
    layouts.clear();
    for (const m of mentions) {
      lookOf(m); // read before our writes, like the layouts: each read after one forces a style pass
      for (const seg of segmentsOf(m, doc)) {
        const parent = seg.node.parentElement;
        if (parent && !layouts.has(parent)) layouts.set(parent, isFlexOrGrid(parent, doc));
      }
    }
  }

  const blockOf = (m: PageMention): Node => nearestBlock(m.startNode) ?? m.startNode.getRootNode();

  /** Restores a block; true when every split node still held what we wrote. */
  function restore(state: WrappedBlock): boolean {
    let clean = true;
    for (const split of state.splits) {
      heads.delete(split.head);
      for (const mark of split.contents ? split.marks : []) unpaint(mark);
      if (!restoreSplit(split)) clean = false;
    }
    state.splits = [];
    return clean;
  }

  function wrap(block: Node, state: WrappedBlock): boolean {
    const segments = new Map<Text, Segment[]>();
    for (const m of state.mentions) {
      for (const seg of segmentsOf(m, doc)) {
        const list = segments.get(seg.node);
        if (list) list.push(seg);
        else segments.set(seg.node, [seg]);
      }
    }
    const tabStops = new Set<number>();
    const byId = new Map(state.mentions.map((m) => [m.id, m]));
    let fresh = true;
    for (const [node, list] of segments) {
      const parent = node.parentElement;
      const contents = parent ? (layouts.get(parent) ?? isFlexOrGrid(parent, doc)) : false;
      const split = node.isConnected ? splitNode(node, list, doc, tabStops, activeId, contents, styleClass) : null;
      if (!split) {
        fresh = false;
        continue;
      }
      state.splits.push(split);
      heads.set(node, block);
      const root = node.getRootNode();
      if (root !== doc && !watchedRoots.has(root)) {
        watchedRoots.add(root);
        watcher.observe(root, { childList: true, characterData: true, subtree: true });
      }
      for (const mark of split.contents ? split.marks : []) paint(mark, byId.get(Number(mark.dataset.ssnId)));
    }
    return fresh;
  }

  function paint(mark: HTMLElement, mention: PageMention | undefined): void {
    if (!canPaint || !win || !mention) return;
    const look = lookOf(mention);
    const name = highlightName(look.category, look.scheme);
    let highlight = painted.get(name);
    if (!highlight) painted.set(name, (highlight = new KeptHighlight(win, name)));
    const range = new win.StaticRange({
      startContainer: mark,
      startOffset: 0,
      endContainer: mark,
      endOffset: mark.childNodes.length,
    });
    paintedRanges.set(mark, { range, highlight });
    highlight.add(range);
    all?.add(range);
  }

  function unpaint(mark: HTMLElement): void {
    const shown = paintedRanges.get(mark);
    shown?.highlight.delete(shown.range);
    if (shown) all?.delete(shown.range);
    paintedRanges.delete(mark);
  }

  function update(block: Node, mentions: PageMention[]): void {
    const state = blocks.get(block) ?? { mentions: [], splits: [] };
    const clean = restore(state);
    blocks.delete(block);
    // After a mismatch the other mentions' offsets may be stale too: the rescan finds them again.
    if (!clean) return stale(block);
    state.mentions = mentions;
    if (!mentions.length) return;
    blocks.set(block, state);
    if (!wrap(block, state)) stale(block);
    watch();
  }

  function stale(block: Node): void {
    try {
      options.onStale?.(block);
    } catch {
      // The highlighter's own errors are logged there.
    }
  }

  function watch(): void {
    if (watching || !heads.size) return;
    watcher.observe(doc, { childList: true, characterData: true, subtree: true });
    watching = true;
  }

  /** Page writes: a split node rewritten or removed means our pieces next to it are stale now. */
  function pageWrote(records: MutationRecord[]): void {
    const moved = new Set<Node>();
    for (const r of records) {
      if (r.type === 'characterData') {
        const block = heads.get(r.target as Text);
        if (block) moved.add(block);
      } else {
        for (const n of r.removedNodes) {
          const block = heads.get(n as Text);
          if (block) moved.add(block);
        }
      }
    }
    for (const block of moved) {
      const state = blocks.get(block);
      if (!state) continue;
      restore(state);
      blocks.delete(block);
      stale(block);
    }
    watcher.takeRecords();
  }

  /** Our own writes are not the page's: their records are dropped. */
  function ours(write: () => void): void {
    if (watching) pageWrote(watcher.takeRecords());
    write();
    watcher.takeRecords();
  }

  function groupByBlock(mentions: readonly PageMention[]): Map<Node, PageMention[]> {
    const groups = new Map<Node, PageMention[]>();
    for (const m of mentions) {
      const block = blockOf(m);
      const group = groups.get(block);
      if (group) group.push(m);
      else groups.set(block, [m]);
    }
    return groups;
  }

  return {
    kind: 'wrap',
    show(mentions) {
      const next = [...groupByBlock(mentions)].map(([block, added]): [Node, PageMention[]] => [
        block,
        [...(blocks.get(block)?.mentions ?? []), ...added],
      ]);
      readLayouts(next.flatMap(([, all]) => all));
      ours(() => {
        for (const [block, all] of next) update(block, all);
        skip.update();
      });
      for (const h of painted.values()) h.check();
      all?.check();
    },
    hide(mentions) {
      const gone = new Set(mentions.map((m) => m.id));
      const next = [...groupByBlock(mentions)].flatMap(([block]): [Node, PageMention[]][] => {
        const state = blocks.get(block);
        return state ? [[block, state.mentions.filter((m) => !gone.has(m.id))]] : [];
      });
      readLayouts(next.flatMap(([, kept]) => kept));
      ours(() => {
        for (const [block, kept] of next) update(block, kept);
        skip.update();
      });
      for (const h of painted.values()) h.check();
      all?.check();
    },
    clear() {
      ours(() => {
        for (const state of blocks.values()) restore(state);
        skip.remove();
      });
      blocks.clear();
      heads.clear();
      paintedRanges.clear();
      for (const h of painted.values()) h.clear();
      all?.clear();
      watcher.disconnect();
      watching = false;
      watchedRoots.clear();
      activeId = null;
    },
    setActive(mention) {
      activeId = mention?.id ?? null;
      ours(() => {
        for (const state of blocks.values()) {
          for (const split of state.splits) {
            for (const el of split.marks) el.classList.toggle(ACTIVE_CLASS, el.dataset.ssnId === String(activeId));
          }
        }
      });
    },
  };
}

/** The parts of each text node a mention covers (a mention may run across inline elements). */
function segmentsOf(m: PageMention, doc: Document): Segment[] {
  if (m.startNode === m.endNode) return [{ node: m.startNode, start: m.startOffset, end: m.endOffset, mention: m }];
  const out: Segment[] = [{ node: m.startNode, start: m.startOffset, end: m.startNode.length, mention: m }];
  const root = m.startNode.getRootNode();
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  walker.currentNode = m.startNode;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (n === m.endNode) {
      out.push({ node: n, start: 0, end: m.endOffset, mention: m });
      return out;
    }
    const parent = n.parentElement;
    if (n.length && parent && !isSkippedElement(parent)) out.push({ node: n, start: 0, end: n.length, mention: m });
  }
  // The end is no longer after the start: the page changed under this mention.
  return [];
}

/**
 * The text runs that can hold a mention, around the text nodes where the prefilter found a hit
 * (subtree-text.ts). JavaScript touches only those nodes and the blocks around them, never the
 * rest of the page: walking every element in JavaScript cost more than matching.
 */
import {
  BLOCK_SELECTOR,
  isInsideSkipped,
  isSkippedElement,
  NOT_PLAIN_INLINE_SELECTOR,
  parentAcrossShadow,
  textRuns,
  type ScanRoot,
  type TextRun,
} from './text-runs';

/**
 * The hit nodes whose parent is read at all: hits in script or style text, code, a field or an
 * editor are dropped before any walk (and before a scan schedules idle work for them).
 */
export function readableHits(nodes: readonly Text[]): Text[] {
  return nodes.filter((n) => (n.parentElement ? !isSkippedElement(n.parentElement) : onShadowRoot(n)));
}

/** Text right under a shadow root (a component's plain text): its host decides whether it is read. */
function onShadowRoot(node: Node): boolean {
  return node.parentNode?.nodeType === Node.DOCUMENT_FRAGMENT_NODE;
}

/**
 * The runs (as textRuns() would cut them) that contain one of the hit nodes (from readableHits),
 * each once, read no further than root: a rescan of a changed subtree reads only that subtree.
 */
export function* runsAroundHits(root: ScanRoot, hits: readonly Text[], doc: Document): Generator<TextRun> {
  if (isInsideSkipped(root)) return;
  const wanted = new Set(hits);
  const covered = new Set<Text>();
  const insideSkipped = cachedInsideSkipped();
  /** Whether a block is text and plain inline elements only: asked once per block, not per run of it. */
  const plainScopes = new Map<ScanRoot, boolean>();
  /** Where the next run of a block cut at MAX_RUN_NODES starts. */
  const resume = new Map<ScanRoot, Text>();
  for (const node of hits) {
    const parent = node.parentElement;
    if (covered.has(node) || (!parent && !onShadowRoot(node)) || !node.data || !root.contains(node)) continue;
    const block = parent?.closest(BLOCK_SELECTOR) ?? null;
    // Never more than root; root itself when the node's block is root or encloses it.
    const scope: ScanRoot = block && block !== root && root.contains(block) ? block : root;
    let runs: Iterable<TextRun>;
    let plain = plainScopes.get(scope);
    if (plain === undefined) plainScopes.set(scope, (plain = !scope.querySelector(NOT_PLAIN_INLINE_SELECTOR)));
    if (!plain) {
      runs = textRuns(scope, doc);
    } else {
      // A block of text and plain inline elements only (most paragraphs) is one run; a block of
      // more than MAX_RUN_NODES text nodes, several, each read from the hit it starts at.
      if (insideSkipped(scope)) continue;
      const { run, next } = wholeRun(scope, doc, resume.get(scope) ?? null);
      if (next) resume.set(scope, next);
      runs = [run];
    }
    for (const run of runs) {
      for (const n of run.nodes) covered.add(n);
      if (run.nodes.some((n) => wanted.has(n))) yield run;
    }
  }
}

/**
 * A run longer than this is cut (a 1 MB paragraph of 40,000 inline mentions took 190 ms to read
 * whole, in one task); a name across the cut is lost, in paragraphs no reader writes.
 */
const MAX_RUN_NODES = 5_000;

/**
 * The non-empty text nodes under scope (from `from`, when given), as one run of at most
 * MAX_RUN_NODES, and the node the next run starts at where it was cut.
 */
function wholeRun(scope: ScanRoot, doc: Document, from: Text | null): { run: TextRun; next: Text | null } {
  const run: TextRun = { nodes: [], starts: [], text: '' };
  const walker = doc.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  if (from) walker.currentNode = from;
  for (let node = (from ?? walker.nextNode()) as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!node.data) continue;
    if (run.nodes.length >= MAX_RUN_NODES) return { run, next: node };
    run.starts.push(run.text.length);
    run.nodes.push(node);
    run.text += node.data;
  }
  return { run, next: null };
}

/** isInsideSkipped with the answer kept for every element on the way up: paragraphs share ancestors. */
function cachedInsideSkipped(): (el: ScanRoot) => boolean {
  const known = new Map<Element, boolean>();
  return (el) => {
    const path: Element[] = [];
    let skipped = false;
    const start = el.nodeType === Node.ELEMENT_NODE ? (el as Element) : (el as ShadowRoot).host;
    for (let cur: Element | null = start; cur; cur = parentAcrossShadow(cur)) {
      const k = known.get(cur);
      if (k !== undefined) {
        skipped = k;
        break;
      }
      path.push(cur);
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const p = path[i] as Element;
      skipped ||= isSkippedElement(p);
      known.set(p, skipped);
    }
    return skipped;
  };
}

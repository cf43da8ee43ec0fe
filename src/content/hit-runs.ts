/**
 * The text runs that can hold a mention, found from the prefilter's hits in root.textContent.
 * Reading the text is one native concatenation and the prefilter one regex pass over it; after
 * that, JavaScript touches only the text nodes that hold a hit and the blocks around them,
 * never the rest of the page (walking every element in JavaScript cost more than matching).
 */
import { BLOCK_SELECTOR, isInsideSkipped, SKIPPED_SELECTOR, textRuns, type TextRun } from './text-runs';

const BLOCK_OR_SKIPPED = `${BLOCK_SELECTOR},${SKIPPED_SELECTOR}`;

/**
 * The text nodes under root holding one of the sorted offsets into root.textContent, in
 * document order. The offsets are only valid for the DOM they were read from: call this in the
 * same task as reading textContent.
 */
export function nodesAtOffsets(root: Node, offsets: readonly number[], doc: Document): Text[] {
  // textContent concatenates every Text node (CDATA sections included) in tree order.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION);
  const out: Text[] = [];
  let end = 0;
  let i = 0;
  for (let node = walker.nextNode(); node && i < offsets.length; node = walker.nextNode()) {
    end += (node as Text).length;
    if ((offsets[i] ?? Infinity) >= end) continue;
    out.push(node as Text);
    while (i < offsets.length && (offsets[i] ?? Infinity) < end) i++;
  }
  return out;
}

/**
 * The runs (as textRuns() would cut them) that contain one of the hit nodes, each once, read
 * no further than root: a rescan of a changed subtree reads only that subtree.
 */
export function* runsAroundHits(root: Element, hits: readonly Text[], doc: Document): Generator<TextRun> {
  if (isInsideSkipped(root)) return;
  const wanted = new Set(hits);
  const covered = new Set<Text>();
  let lastParent: Element | null = null;
  let lastSkipped = false;
  for (const node of hits) {
    const parent = node.parentElement;
    if (covered.has(node) || !parent || !node.data || !root.contains(node)) continue;
    // Hits in script text, code or an editor are dropped here, before any walk.
    if (parent !== lastParent) lastSkipped = parent.closest(SKIPPED_SELECTOR) !== null;
    lastParent = parent;
    if (lastSkipped) continue;
    const block = parent.closest(BLOCK_SELECTOR);
    // Never more than root; root itself when the node's block is root or encloses it.
    const scope = block && block !== root && root.contains(block) ? block : root;
    for (const run of runsIn(scope, doc)) {
      for (const n of run.nodes) covered.add(n);
      if (run.nodes.some((n) => wanted.has(n))) yield run;
    }
  }
}

/**
 * A block with neither a block nor a skipped element inside (most paragraphs: one native query
 * says so) is one run of all its text nodes; any other is cut by textRuns().
 */
function runsIn(scope: Element, doc: Document): Iterable<TextRun> {
  if (scope.querySelector(BLOCK_OR_SKIPPED)) return textRuns(scope, doc);
  const run: TextRun = { nodes: [], starts: [], text: '' };
  const walker = doc.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!node.data) continue;
    run.starts.push(run.text.length);
    run.nodes.push(node);
    run.text += node.data;
  }
  return run.nodes.length ? [run] : [];
}

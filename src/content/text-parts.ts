/**
 * Reads a whole page's rendered text a part at a time: one TreeWalker pass, cut into parts of
 * bounded length, each with its text nodes and where they start. A part is prefiltered and its
 * offsets turned into nodes in the step that read it, so no step's cost grows with the page and
 * no offset outlives the DOM it was read from (the page may change between idle slices).
 */
import { nodesAtOffsets } from './subtree-text';

/** Text of these is never rendered as text (script text can be megabytes of JSON). */
const UNRENDERED_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export interface TextPart {
  text: string;
  nodes: Text[];
  /** starts[i]: where nodes[i] begins in text. */
  starts: number[];
}

/**
 * Each part holds about maxChars characters or maxNodes nodes; it starts with the previous part's
 * last `overlap` characters, so a fragment cut by a part boundary is whole in the next part.
 */
export function* textParts(
  root: Element,
  doc: Document,
  maxChars: number,
  maxNodes: number,
  overlap: number,
): Generator<TextPart> {
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION);
  let part: TextPart = { text: '', nodes: [], starts: [] };
  let carried = 0;
  // Sibling text nodes share a parent: its name is read once (reading it per node doubled the walk).
  let lastParent: Node | null = null;
  let unrendered = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentNode;
    if (parent !== lastParent) {
      lastParent = parent;
      unrendered = UNRENDERED_PARENTS.has(parent?.nodeName ?? '');
    }
    const data = node.data;
    if (!data || unrendered) continue;
    part.starts.push(part.text.length);
    part.nodes.push(node);
    part.text += data;
    if (part.text.length >= maxChars || part.nodes.length >= maxNodes) {
      yield part;
      [part, carried] = tail(part, overlap);
    }
  }
  if (part.nodes.length > carried) yield part;
}

/**
 * A new part holding the last `overlap` characters of `part` (the first node's start may be
 * negative: only its end is in the text), and how many nodes it carried over.
 */
function tail(part: TextPart, overlap: number): [TextPart, number] {
  const offset = Math.max(0, part.text.length - overlap);
  let k = part.nodes.length - 1;
  while (k > 0 && (part.starts[k] ?? 0) > offset) k--;
  const next: TextPart = {
    text: part.text.slice(offset),
    nodes: part.nodes.slice(k),
    starts: part.starts.slice(k).map((s) => s - offset),
  };
  return [next, next.nodes.length];
}

/** The text nodes of a part holding these sorted offsets into its text. */
export function nodesOfPart(part: TextPart, offsets: readonly number[]): Text[] {
  return nodesAtOffsets(part.nodes, part.starts, offsets);
}

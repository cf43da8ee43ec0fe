/**
 * The text the prefilter reads for a subtree, and the way back from offsets in it to text nodes.
 * Usually root.textContent: one native concatenation. A large page whose body carries mostly script
 * or style text (JSON state, inline CSS) is read by a walk that leaves that text out, or the
 * prefilter would scan it too: in the bench, 0.9 M of yahoo-2's 1.1 M characters are script.
 */

/** Text of these is never rendered as text; the walk leaves it out (other skipped text is dropped later, per hit). */
const UNRENDERED_TAGS = ['script', 'style', 'noscript', 'template'];
const UNRENDERED_PARENTS = new Set(UNRENDERED_TAGS.map((t) => t.toUpperCase()));
/** Below this, scanning any script text costs less than checking for it (the check walks the DOM: ~1 ms on 1 MB). */
const LARGE_TEXT = 600_000;

export interface SubtreeText {
  text: string;
  /** The text nodes holding the sorted offsets into text, in document order. */
  nodesAt(offsets: readonly number[]): Text[];
}

/**
 * Reads the text of a changed subtree (a full scan reads the page by parts: text-parts.ts).
 * Offsets into it are only valid for the DOM it was read from: nodesAt() must run in the same task.
 */
export function readSubtreeText(root: Element | ShadowRoot, doc: Document): SubtreeText {
  const text = root.textContent ?? '';
  if (text.length > LARGE_TEXT && unrenderedLength(root) > text.length / 4) return indexed(walkText(root, doc, true));
  return {
    text,
    nodesAt: (offsets) => (offsets.length ? indexed(walkText(root, doc, false, offsets)).nodesAt(offsets) : []),
  };
}

/** How much of root's text is script, style, noscript or template text (read without copying it). */
function unrenderedLength(root: Element | ShadowRoot): number {
  let n = 0;
  // One selector list: one native pass over the subtree (a list per tag would be one pass each).
  for (const el of root.querySelectorAll(UNRENDERED_TAGS.join(','))) {
    for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === Node.TEXT_NODE) n += (c as Text).length;
  }
  return n;
}

interface WalkedText {
  /** The joined text: only made by the rendered walk (textContent gives it otherwise). */
  text: string;
  nodes: Text[];
  /** starts[i]: where nodes[i] begins in the joined text. */
  starts: number[];
}

/**
 * root's text nodes, with where each begins: textContent's order and content (Text and CDATA
 * nodes in tree order), or without unrendered text when `rendered`. Without `rendered`, the walk
 * stops after the node holding the last of `upTo` (sorted offsets), if given.
 */
function walkText(root: Element | ShadowRoot, doc: Document, rendered: boolean, upTo?: readonly number[]): WalkedText {
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION);
  const until = upTo?.length ? (upTo[upTo.length - 1] ?? Infinity) : Infinity;
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  let length = 0;
  for (let node = walker.nextNode() as Text | null; node && length <= until; node = walker.nextNode() as Text | null) {
    if (rendered && UNRENDERED_PARENTS.has(node.parentNode?.nodeName ?? '')) continue;
    starts.push(length);
    nodes.push(node);
    if (rendered) text += node.data;
    length += node.length;
  }
  return { text, nodes, starts };
}

function indexed({ text, nodes, starts }: WalkedText): SubtreeText {
  return { text, nodesAt: (offsets) => nodesAtOffsets(nodes, starts, offsets) };
}

/** The nodes holding sorted offsets, given where each node starts: one forward pass, each node once. */
export function nodesAtOffsets(nodes: readonly Text[], starts: readonly number[], offsets: readonly number[]): Text[] {
  const out: Text[] = [];
  let i = 0;
  for (const offset of offsets) {
    while (i + 1 < nodes.length && (starts[i + 1] ?? Infinity) <= offset) i++;
    const node = nodes[i];
    if (node && out[out.length - 1] !== node) out.push(node);
  }
  return out;
}

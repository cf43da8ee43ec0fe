/**
 * The text the prefilter reads for a subtree, and the way back from offsets in it to text nodes.
 * Usually root.textContent: one native concatenation. A large page whose body carries mostly script
 * or style text (JSON state, inline CSS) is read by a walk that leaves that text out, or the
 * prefilter would scan it too: in the bench, 0.9 M of yahoo-2's 1.1 M characters are script.
 */

/** Text of these is never rendered as text; the walk leaves it out (other skipped text is dropped later, per hit). */
const UNRENDERED_TAGS = ['script', 'style', 'noscript', 'template'];
const UNRENDERED_PARENTS = new Set(UNRENDERED_TAGS.map((t) => t.toUpperCase()));
/** Below this, scanning any script text costs less than checking for it. */
const LARGE_TEXT = 200_000;

export interface SubtreeText {
  text: string;
  /**
   * The text nodes holding the sorted offsets into text, in document order. Offsets are only
   * valid for the DOM they were read from: call this in the same task as readSubtreeText.
   */
  nodesAt(offsets: readonly number[]): Text[];
}

export function readSubtreeText(root: Element, doc: Document): SubtreeText {
  const text = root.textContent ?? '';
  if (text.length > LARGE_TEXT && unrenderedLength(root) > text.length / 4) return walkRenderedText(root, doc);
  return { text, nodesAt: (offsets) => nodesAtOffsets(root, offsets, doc) };
}

/** How much of root's text is script, style, noscript or template text (read without copying it). */
function unrenderedLength(root: Element): number {
  let n = 0;
  // One tag at a time: getElementsByTagName is a cached native list, cheaper than a selector query.
  for (const tag of UNRENDERED_TAGS) {
    for (const el of root.getElementsByTagName(tag)) {
      for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === Node.TEXT_NODE) n += (c as Text).length;
    }
  }
  return n;
}

/** The text nodes under root (unrendered ones left out) joined, with where each starts. */
function walkRenderedText(root: Element, doc: Document): SubtreeText {
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (UNRENDERED_PARENTS.has(node.parentNode?.nodeName ?? '')) continue;
    starts.push(text.length);
    nodes.push(node);
    text += node.data;
  }
  return {
    text,
    nodesAt(offsets) {
      const out: Text[] = [];
      let i = 0;
      for (const offset of offsets) {
        while (i + 1 < nodes.length && (starts[i + 1] ?? Infinity) <= offset) i++;
        const node = nodes[i];
        if (node && out[out.length - 1] !== node) out.push(node);
      }
      return out;
    },
  };
}

/** The text nodes under root holding the sorted offsets into root.textContent, in document order. */
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

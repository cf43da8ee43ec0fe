/**
 * The page's visible text as one string, with a map back to its text nodes, so a note's quote can be
 * found (core/text-quote.ts) and turned into a range, and a selection turned into a quote.
 */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION']);

export interface PageText {
  text: string;
  nodes: Text[];
  /** starts[i]: offset of nodes[i] in text. */
  starts: number[];
}

export function readPageText(root: Node = document.body): PageText {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
        if (SKIP.has(el.tagName) || el.isContentEditable) return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    nodes.push(node as Text);
    starts.push(length);
    parts.push(data);
    length += data.length;
  }
  return { text: parts.join(''), nodes, starts };
}

/** The text node and offset holding text offset `at` (the end of the previous node for a boundary). */
function locate(page: PageText, at: number, isEnd: boolean): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = page.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = page.starts[mid] ?? 0;
    if (start < at || (!isEnd && start === at)) lo = mid;
    else hi = mid - 1;
  }
  const node = page.nodes[lo];
  return node ? { node, offset: at - (page.starts[lo] ?? 0) } : null;
}

export function rangeOf(page: PageText, start: number, end: number): StaticRange | null {
  const a = locate(page, start, false);
  const b = locate(page, end, true);
  if (!a || !b) return null;
  return new StaticRange({ startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset });
}

/** Text offset of a (node, offset) boundary, or -1 when the node is not part of the page's text. */
export function offsetOf(page: PageText, node: Node, offset: number): number {
  if (node.nodeType === Node.TEXT_NODE) {
    const i = page.nodes.indexOf(node as Text);
    return i < 0 ? -1 : (page.starts[i] ?? 0) + offset;
  }
  // An element boundary: the first text node at or after its offset-th child.
  const child = node.childNodes[offset] ?? null;
  for (let i = 0; i < page.nodes.length; i++) {
    const n = page.nodes[i] as Text;
    if (
      child
        ? child === n ||
          child.contains(n) ||
          (child.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
        : !node.contains(n) && (node.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
    ) {
      return page.starts[i] ?? 0;
    }
  }
  return page.text.length;
}

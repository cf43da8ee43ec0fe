/**
 * Collects the text a reader sees as "runs": consecutive text nodes inside one block.
 * Inline elements do not break a run ("Mao <b>Zedong</b>" is one run), block boundaries
 * and <br> do (two paragraphs, two table cells are never joined).
 */

/** Elements whose text is never ours to touch: code, editors, form controls, invisible things. */
export const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'VAR',
  'HEAD',
  'TITLE',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'VIDEO',
  'AUDIO',
  'MAP',
  'RT',
  'RP',
]);

/** Tags that start a new line of text; anything else is treated as inline. */
export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Any element that starts a new line, as one selector. */
export const BLOCK_SELECTOR = [...BLOCK_TAGS].map((t) => t.toLowerCase()).join(',');

/** Inline elements that neither cut a run nor hide text: what most paragraphs are made of. */
export const PLAIN_INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'IMG',
  'INS',
  'LABEL',
  'MARK',
  'NOBR',
  'PICTURE',
  'Q',
  'RUBY',
  'S',
  'SMALL',
  'SOURCE',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'WBR',
  // No text of their own (Wikipedia puts <link> elements inside its reference lists).
  'LINK',
  'META',
]);

/**
 * Matches any element that is not plain inline (a block, a <br>, something skipped, a tag we do
 * not know) or that hides or edits its text. One native query with it tells that a paragraph is
 * one run: a short tag list is checked several times faster than the block and skip lists.
 */
export const NOT_PLAIN_INLINE_SELECTOR = `:not(${[...PLAIN_INLINE_TAGS].map((t) => t.toLowerCase()).join(',')}),[hidden],[aria-hidden="true"],[contenteditable]`;

export interface TextRun {
  nodes: Text[];
  /** starts[i] is where nodes[i] begins in text. */
  starts: number[];
  text: string;
}

// The same rule as one selector: a single native matches() per element instead of four attribute calls.
const SKIPPED_SELECTOR = [
  ...[...SKIPPED_TAGS].map((t) => t.toLowerCase()),
  '[hidden]',
  '[aria-hidden="true"]',
  '[contenteditable]:not([contenteditable="false"])',
].join(',');

export function isSkippedElement(el: Element): boolean {
  return el.matches(SKIPPED_SELECTOR);
}

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/** Yields the runs under root, lazily, so a caller can stop between runs and resume in the next idle slot. */
export function* textRuns(root: Node, doc: Document = root.ownerDocument ?? (root as Document)): Generator<TextRun> {
  if (root.nodeType === Node.ELEMENT_NODE && isInsideSkipped(root as Element)) return;
  // No filter callback: calling into JS for every node costs more than the walk itself.
  // Skipped subtrees are stepped over here instead.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const pastSubtree = (): Node | null => {
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode() || walker.currentNode === root) return null;
    }
  };
  // Each element's block, found once: text nodes under one paragraph share the climb.
  const blocks = new Map<Element, Element | null>();
  const blockOf = (el: Element | null): Element | null => {
    const path: Element[] = [];
    let found: Element | null = null;
    for (let cur = el; cur; cur = cur.parentElement) {
      const known = blocks.get(cur);
      if (known !== undefined) {
        found = known;
        break;
      }
      if (isBlockElement(cur)) {
        found = cur;
        break;
      }
      path.push(cur);
    }
    for (const p of path) blocks.set(p, found);
    return found;
  };
  let run: TextRun = emptyRun();
  let runBlock: Element | null = null;
  let lastParent: Node | null = null;
  for (let node = walker.nextNode(); node;) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (isSkippedElement(node as Element)) {
        node = pastSubtree();
        continue;
      }
      if (isBlockElement(node as Element) && run.nodes.length) {
        yield run;
        run = emptyRun();
      }
      node = walker.nextNode();
      continue;
    }
    const text = node as Text;
    node = walker.nextNode();
    const data = text.data;
    if (!data) continue;
    // Siblings share a block: only look it up when the parent changes.
    const block: Element | null = text.parentNode === lastParent ? runBlock : blockOf(text.parentElement);
    lastParent = text.parentNode;
    // Returning from a nested block to its parent's text is also a block boundary.
    if (run.nodes.length && block !== runBlock) {
      yield run;
      run = emptyRun();
    }
    runBlock = block;
    run.starts.push(run.text.length);
    run.nodes.push(text);
    run.text += data;
  }
  if (run.nodes.length) yield run;
}

function emptyRun(): TextRun {
  return { nodes: [], starts: [], text: '' };
}

export function nearestBlock(node: Node): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) if (isBlockElement(el)) return el;
  return null;
}

/** A subtree we scan: an element, or an open shadow root (web components keep their text there). */
export type ScanRoot = Element | ShadowRoot;

/** The element a node hangs from, across a shadow root to its host. */
export function parentAcrossShadow(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === Node.ELEMENT_NODE) return parent as Element;
  return (parent as Partial<ShadowRoot>).host ?? null;
}

/** True when el (or a shadow root's host) or an ancestor, across shadow roots, is something we never read. */
export function isInsideSkipped(el: ScanRoot): boolean {
  for (
    let cur: Element | null = el.nodeType === Node.ELEMENT_NODE ? (el as Element) : (el as ShadowRoot).host;
    cur;
    cur = parentAcrossShadow(cur)
  ) {
    if (isSkippedElement(cur)) return true;
  }
  return false;
}

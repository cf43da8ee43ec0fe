/**
 * One MutationObserver for the document: batches records, debounces, and turns them into the
 * smallest set of subtrees to rescan, or one full rescan when a batch is huge.
 * Our own DOM writes (wrap mode) are made inside ignoring(), whose records are dropped.
 */
import { isBlockElement, isInsideSkipped, isSkippedElement, nearestBlock, type ScanRoot } from './text-runs';

const DEBOUNCE_MS = 150;
/**
 * More changed subtrees than this in one batch: the page was replaced (a single-page app's new
 * view), and one full rescan is cheaper than many small ones. A feed growing by a few posts at a
 * time stays well under it (the highlighter reads changed subtrees 200 at a time).
 */
const MAX_ROOTS = 1_000;
/** Never wait longer than this for a page that changes continuously. */
const MAX_WAIT_MS = 1000;

const OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  // An element made editable must lose our highlights before the user types into it. Text hidden when
  // it was read is not highlighted (run-visible.ts): a <details> the reader opens, or a panel the page
  // unhides with the hidden attribute, is read again. (Text shown by a change of class or style is not:
  // pages change those all the time.)
  attributes: true,
  attributeFilter: ['contenteditable', 'open', 'hidden'],
};

export interface ObserverCallbacks {
  rescan(roots: ScanRoot[]): void;
  rescanAll(): void;
  /** Called in the observer's own callback (before the next frame) for an element made editable. */
  editable?: (el: Element) => void;
  /**
   * The body's text changed where no rescan reads it (script, style, code, editors): a passage read
   * earlier may include that text (place-cache.ts). Called with the batch's roots, before them.
   */
  unread?: () => void;
}

export class PageObserver {
  private readonly observer: MutationObserver;
  /** The subtrees changed since the last flush, or 'all' once there are too many. */
  private roots: Set<ScanRoot> | 'all' = new Set();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstPendingAt = 0;
  private pending = false;

  constructor(
    private readonly doc: Document,
    private readonly callbacks: ObserverCallbacks,
  ) {
    this.observer = new MutationObserver((records) => {
      this.enqueue(records);
      this.notifyEditable(records);
    });
  }

  private readonly shadowRoots = new Set<ShadowRoot>();
  private running = false;

  start(): void {
    this.running = true;
    this.observer.observe(this.doc.documentElement, OPTIONS);
    for (const root of this.shadowRoots) this.observer.observe(root, OPTIONS);
  }

  /** Also watches an open shadow root (the document's observation does not reach into it). */
  observeShadowRoot(root: ShadowRoot): void {
    if (this.shadowRoots.has(root)) return;
    this.shadowRoots.add(root);
    if (this.running) this.observer.observe(root, OPTIONS);
  }

  stop(): void {
    this.running = false;
    this.observer.disconnect();
    this.roots = new Set();
    this.pending = false;
    this.unread = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /**
   * Stops, and returns the subtrees changed since the last flush ('all' when too many): content.js
   * hands them to content-main.js, whose observer starts where this one stops.
   */
  drain(): ScanRoot[] | 'all' {
    this.enqueue(this.observer.takeRecords());
    const roots = this.roots;
    this.stop();
    return roots === 'all' ? 'all' : outermost(roots);
  }

  /** Runs write with the observer's records of it discarded. */
  ignoring<T>(write: () => T): T {
    this.enqueue(this.observer.takeRecords());
    try {
      return write();
    } finally {
      this.observer.takeRecords();
    }
  }

  private notifyEditable(records: MutationRecord[]): void {
    const editable = this.callbacks.editable;
    if (!editable) return;
    for (const r of records) {
      if (r.type === 'attributes' && (r.target as HTMLElement).isContentEditable) editable(r.target as Element);
    }
  }

  private enqueue(records: MutationRecord[]): void {
    if (!records.length) return;
    if (!this.pending) this.firstPendingAt = performance.now();
    this.pending = true;
    // Records are folded into subtrees as they come: a mutation storm costs memory for the subtrees
    // it touches, not for its records, and a storm in one place stays a rescan of that place.
    if (this.roots !== 'all') {
      if (addRoots(this.roots, records, this.doc)) this.unread = true;
      if (this.roots.size > MAX_ROOTS) this.roots = 'all';
    }
    if (this.timer) clearTimeout(this.timer);
    const waited = performance.now() - this.firstPendingAt;
    this.timer = setTimeout(() => this.flush(), waited > MAX_WAIT_MS ? 0 : DEBOUNCE_MS);
  }

  /** Some record of this batch changed text the rescans do not read. */
  private unread = false;

  private flush(): void {
    this.timer = null;
    if (this.unread) this.callbacks.unread?.();
    this.unread = false;
    const roots = this.roots;
    this.roots = new Set();
    this.pending = false;
    if (roots === 'all') return this.callbacks.rescanAll();
    const outer = outermost(roots);
    if (outer.length) this.callbacks.rescan(outer);
  }
}

/** The connected roots not inside another one: one climb per root (comparing every pair cost 130 ms for 1,000). */
export function outermost(roots: Iterable<ScanRoot>): ScanRoot[] {
  const all = new Set<Node>(roots);
  const out: ScanRoot[] = [];
  for (const r of all as Set<ScanRoot>) {
    if (!r.isConnected) continue;
    let inside = false;
    // parentNode, not parentElement: a shadow root is an element's child here, and a root of its own.
    for (let p = r.parentNode; p && !inside; p = p.parentNode) inside = all.has(p);
    if (!inside) out.push(r);
  }
  return out;
}

/**
 * Adds the block-level subtrees a batch of records touched. Returns whether a record changed text in
 * the body that no rescan reads (inside or of a skipped element).
 */
function addRoots(roots: Set<ScanRoot>, records: readonly MutationRecord[], doc: Document): boolean {
  let unread = false;
  for (const record of records) {
    const target = record.target;
    // Text or children right under a shadow root: that root is the subtree to rescan.
    const shadow = shadowRootOf(target);
    if (shadow) {
      if (shadow.isConnected && !isInsideSkipped(shadow)) roots.add(shadow);
      continue;
    }
    const el = target.nodeType === Node.ELEMENT_NODE ? (target as Element) : target.parentElement;
    if (!el || !el.isConnected) continue;
    if (isInsideSkipped(el)) {
      unread ||= doc.body?.contains(el) === true;
      continue;
    }
    if (record.type === 'childList') {
      for (const added of record.addedNodes) {
        // Scripts, styles and our own card host hold no text a reader sees.
        if (added.nodeType === Node.ELEMENT_NODE && isSkippedElement(added as Element)) {
          unread ||= doc.body?.contains(el) === true;
          continue;
        }
        if (added.nodeType === Node.ELEMENT_NODE && isBlockElement(added as Element)) roots.add(added as Element);
        else roots.add(blockRoot(el, doc));
      }
      if (record.removedNodes.length) roots.add(blockRoot(el, doc));
    } else roots.add(blockRoot(el, doc));
    if (roots.size > MAX_ROOTS) return unread;
  }
  return unread;
}

function shadowRootOf(target: Node): ShadowRoot | null {
  const node =
    target.nodeType === Node.DOCUMENT_FRAGMENT_NODE
      ? target
      : target.nodeType === Node.ELEMENT_NODE
        ? null
        : target.parentNode;
  return node && node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node ? (node as ShadowRoot) : null;
}

/** The block holding el; el itself when that block would be the whole body. */
function blockRoot(el: Element, doc: Document): Element {
  if (isBlockElement(el) && el !== doc.body) return el;
  const block = nearestBlock(el);
  return block && block !== doc.body && block !== doc.documentElement ? block : el;
}

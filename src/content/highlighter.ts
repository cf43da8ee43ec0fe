/**
 * Owns this document's mentions: scans (all at once or only changed subtrees), applies the
 * ambiguity rule, and keeps the renderer showing exactly the mentions that pass it.
 */
import { keepAmbiguous } from '../core/ambiguity';
import type { Candidate, NearEvidence } from '../core/matcher';
import { runInIdleSlices } from './idle-chunks';
import { compareMentions, type PageMention } from './page-mention';
import type { Renderer } from './renderers/renderer';
import { scanRun } from './scan-run';
import { readableHits, runsAroundHits } from './hit-runs';
import { readSubtreeText } from './subtree-text';
import { nodesOfPart, textParts } from './text-parts';
import type { ScanRoot, TextRun } from './text-runs';

/**
 * The first ONE_GO characters of a page are read and prefiltered in the task that starts the scan
 * (~15 ms for the 500 K characters of the 1 MB bench page in Chromium); the rest one part per idle
 * step, so no task of ours grows with the page. A part is PART_CHARS characters or PART_NODES text
 * nodes (whichever comes first: a page of tiny nodes costs its walk, not its length), ~5 ms, so an
 * idle slice (40 ms) that starts one just before its end still stays under 50 ms; a part starts
 * with the last PART_OVERLAP characters of the one before (fragments are a few words).
 */
const ONE_GO = 400_000;
const PART_CHARS = 100_000;
const PART_NODES = 2_000;
const PART_OVERLAP = 1_000;

export interface PageMatcher {
  /** Sorted offsets where a mention may be; find() finds nothing in text away from them. */
  hits(text: string): number[];
  find(text: string): Candidate[];
  near?(text: string): NearEvidence;
}

export class Highlighter {
  private all: PageMention[] = [];
  private shown = new Set<number>();
  private scanning: AbortController | null = null;
  private readonly changeListeners = new Set<() => void>();

  constructor(
    private readonly doc: Document,
    private readonly matcher: PageMatcher,
    private renderer: Renderer,
    /** Called inside our own DOM writes, so the observer can ignore them. */
    private readonly ownWrites: <T>(write: () => T) => T = (w) => w(),
  ) {}

  /** Mentions that pass the ambiguity rule, in document order. */
  visible(): PageMention[] {
    const kept = keepAmbiguous(this.all);
    return kept.sort(compareMentions);
  }

  /** Scans the whole document in idle slices; resolves false if a newer scan replaced it. */
  async scanAll(): Promise<boolean> {
    this.scanning?.abort();
    const controller = new AbortController();
    this.scanning = controller;
    this.forget(this.all);
    const body = this.doc.body;
    if (!body) return true;
    // One walk over the text nodes, a part at a time: each part is prefiltered and its hits become
    // nodes in the step that read it. Hits in script text, code or editors are dropped at once:
    // they would only schedule idle work.
    const parts = textParts(body, this.doc, PART_CHARS, PART_NODES, PART_OVERLAP);
    const nodes: Text[] = [];
    /** Reads one part; its length, or -1 when the walk is over. */
    const readPart = (): number => {
      const next = parts.next();
      if (next.done) return -1;
      const offsets = this.matcher.hits(next.value.text);
      if (offsets.length) for (const node of readableHits(nodesOfPart(next.value, offsets))) nodes.push(node);
      return next.value.text.length;
    };
    // Most pages are read whole in this task, and a page with no hit is done here.
    let read = 0;
    let more = true;
    while (more && read < ONE_GO) {
      const length = readPart();
      more = length >= 0;
      read += Math.max(0, length);
    }
    if (!more && nodes.length === 0) return true;
    let runs: Generator<TextRun> | null = null;
    const found: PageMention[] = [];
    const done = await runInIdleSlices(() => {
      if (more) {
        more = readPart() >= 0;
        return true;
      }
      runs ??= runsAroundHits(body, nodes, this.doc);
      const next = runs.next();
      if (next.done) return false;
      found.push(...scanRun(next.value, this.matcher));
      return true;
    }, controller.signal);
    if (!done) return false;
    // Render in a task of its own: after the last idle slice (up to 40 ms) it would make one long task.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (controller.signal.aborted) return false;
    this.all.push(...found);
    this.render();
    return true;
  }

  /** Rescans only these subtrees (after page mutations); forgets what was in them or was removed. */
  rescan(roots: readonly ScanRoot[]): void {
    const stale = this.all.filter(
      (m) => !m.startNode.isConnected || !m.endNode.isConnected || roots.some((r) => r.contains(m.startNode)),
    );
    this.forget(stale);
    for (const root of roots) {
      const runs = root.isConnected ? this.runsToScan(root) : null;
      for (const run of runs ?? []) this.all.push(...scanRun(run, this.matcher));
    }
    this.render();
  }

  /**
   * The runs under a changed subtree that may hold a mention, or null when none can: a subtree
   * with no hit costs reading its text (one native concatenation) and one prefilter pass.
   */
  private runsToScan(root: ScanRoot): Generator<TextRun> | null {
    const source = readSubtreeText(root, this.doc);
    const offsets = this.matcher.hits(source.text);
    // Offsets are only valid for the DOM they were read from, so they become nodes in this task.
    const nodes = offsets.length ? readableHits(source.nodesAt(offsets)) : [];
    return nodes.length ? runsAroundHits(root, nodes, this.doc) : null;
  }

  /**
   * Drops the highlights inside root at once (it just became an editor: a mark there would end up in
   * what the user saves, a painted range would drift as they type). The page observer's rescan of root
   * finds nothing there while it is editable, and finds the mentions again once it is not.
   */
  clearWithin(root: Node): void {
    this.forget(this.all.filter((m) => root.contains(m.startNode) || root.contains(m.endNode)));
  }

  /** Removes every highlight and forgets every mention: the page is as it was before we came. */
  clear(): void {
    this.scanning?.abort();
    this.ownWrites(() => this.renderer.clear());
    this.all = [];
    this.shown.clear();
    this.changed();
  }

  setRenderer(renderer: Renderer): void {
    this.ownWrites(() => this.renderer.clear());
    this.shown.clear();
    this.renderer = renderer;
    this.render();
    this.changed();
  }

  setActive(mention: PageMention | null): void {
    this.ownWrites(() => this.renderer.setActive(mention));
  }

  /** True while any highlight is shown (cheap: no sorting). */
  get showsAny(): boolean {
    return this.shown.size > 0;
  }

  get rendererKind(): Renderer['kind'] {
    return this.renderer.kind;
  }

  /** Calls listener after the shown mentions change (previews re-index then); returns a way to stop. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.changeListeners) listener();
  }

  private forget(mentions: readonly PageMention[]): void {
    if (!mentions.length) return;
    const gone = new Set(mentions.map((m) => m.id));
    const hide = mentions.filter((m) => this.shown.has(m.id));
    if (hide.length) this.ownWrites(() => this.renderer.hide(hide));
    for (const id of gone) this.shown.delete(id);
    this.all = this.all.filter((m) => !gone.has(m.id));
    this.changed();
  }

  private render(): void {
    // Order does not matter for rendering; only visible() (for the popup) pays for sorting.
    const visible = keepAmbiguous(this.all);
    const want = new Set(visible.map((m) => m.id));
    const hide = this.all.filter((m) => this.shown.has(m.id) && !want.has(m.id));
    const show = visible.filter((m) => !this.shown.has(m.id));
    if (!hide.length && !show.length) return;
    this.ownWrites(() => {
      if (hide.length) this.renderer.hide(hide);
      if (show.length) this.renderer.show(show);
    });
    for (const m of hide) this.shown.delete(m.id);
    for (const m of show) this.shown.add(m.id);
    this.changed();
  }
}

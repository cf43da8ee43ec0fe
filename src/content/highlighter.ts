/**
 * Owns this document's mentions: scans (all at once or only changed subtrees), applies the
 * ambiguity rule, and keeps the renderer showing exactly the mentions that pass it.
 * All scanning runs in idle slices, one job at a time (scan-jobs.ts); what one page can cost is
 * capped at MAX_MENTIONS.
 */
import { keepAmbiguous } from '../core/ambiguity';
import type { Candidate, NearEvidence } from '../core/matcher';
import { chooseCalm, type CalmOptions } from './calm-choice';
import { nextTask } from './idle-chunks';
import { MentionStore } from './mention-store';
import type { PageMention } from './page-mention';
import type { Renderer } from './renderers/renderer';
import { ScanJobs } from './scan-jobs';
import { fullScanSteps, subtreeScanSteps, type ScanSink } from './scan-steps';
import type { ScanRoot } from './text-runs';
import { wrappable } from './wrap-limits';

/** The most mentions one document is read for: past it the page is a list of names, not a text to annotate. */
export const MAX_MENTIONS = 10_000;
/** Most new highlights shown in one task: painting ten thousand ranges at once is a long frame. */
const SHOW_PER_TASK = 2_000;
/** While the first scan runs, what it found so far is shown this often (a 20 MB page takes seconds). */
const SHOW_EVERY_MS = 300;

export interface PageMatcher {
  /** Sorted offsets where a mention may be; find() finds nothing in text away from them. */
  hits(text: string): number[];
  find(text: string): Candidate[];
  near?(text: string): NearEvidence;
  /** Resolves once find() and near() can run (the content script's matcher inflates them on first need). */
  ready?(): Promise<void>;
}

export type { CalmOptions };

export class Highlighter {
  private calm: CalmOptions = { density: 'every', shownRegions: [], asked: false };
  private readonly store = new MentionStore();
  private shown = new Map<number, PageMention>();
  private capped = false;
  private readonly jobs: ScanJobs;
  private readonly changeListeners = new Set<() => void>();

  constructor(
    private readonly doc: Document,
    private readonly matcher: PageMatcher,
    private renderer: Renderer,
    /** Called inside our own DOM writes, so the observer can ignore them. */
    private readonly ownWrites: <T>(write: () => T) => T = (w) => w(),
  ) {
    this.jobs = new ScanJobs({
      full: (signal) => this.fullScan(signal),
      subtrees: (roots, signal) => this.subtreeScan(roots, signal),
    });
  }

  /** Mentions that pass the ambiguity rule, in document order. */
  visible(): PageMention[] {
    return keepAmbiguous(this.store.all());
  }

  /** Whether visible() would list any (cheap where the page has an unambiguous mention). */
  anyVisible(): boolean {
    const all = this.store.all();
    return all.some((m) => !m.ambiguous) || keepAmbiguous(all).length > 0;
  }

  /** The mentions painted on the page (density and regions leave the others listed only), in document order. */
  painted(): PageMention[] {
    return this.visible().filter((m) => this.shown.has(m.id));
  }

  get calmOptions(): CalmOptions {
    return this.calm;
  }

  setCalm(calm: CalmOptions): void {
    this.calm = calm;
    this.render();
  }

  /** True when the page holds more mentions than MAX_MENTIONS and only the first were read. */
  get reachedCap(): boolean {
    return this.capped;
  }

  /**
   * Scans the whole document in idle slices; resolves true once a scan that started after this
   * call has finished, false if clear() stopped it. A scan already running is not restarted (a
   * page that keeps changing would never finish one): another follows it. `prefound`: the hit nodes
   * content.js's prefilter walk found (main-handoff.ts), read by the next full scan instead of a walk.
   */
  scanAll(prefound?: readonly Text[]): Promise<boolean> {
    this.prefound = prefound ?? null;
    return this.jobs.full();
  }

  private prefound: readonly Text[] | null = null;

  /** Rescans these subtrees (after page mutations), in idle slices after any running job. */
  rescan(roots: readonly ScanRoot[]): void {
    this.jobs.subtrees(roots);
  }

  /** Resolves once the scans asked for so far are done and shown (tests, the bench). */
  settled(): Promise<void> {
    return this.jobs.settled();
  }

  /**
   * Drops the highlights inside root at once (it just became an editor: a mark there would end up in
   * what the user saves, a painted range would drift as they type). The page observer's rescan of root
   * finds nothing there while it is editable, and finds the mentions again once it is not.
   */
  clearWithin(root: Node): void {
    const removed = this.store.remove((m) => root.contains(m.startNode) || root.contains(m.endNode));
    if (removed.length) this.render();
  }

  /** Removes every highlight and forgets every mention: the page is as it was before we came. */
  clear(): void {
    this.jobs.stop();
    this.ownWrites(() => this.renderer.clear());
    this.store.replace([]);
    this.shown.clear();
    this.capped = false;
    this.changed();
  }

  setRenderer(renderer: Renderer): void {
    this.ownWrites(() => this.renderer.clear());
    this.shown.clear();
    this.renderer = renderer;
    this.render();
    this.changed();
  }

  /** The current mention (next/previous, "Show on page") is painted while current, even where density leaves it out. */
  setActive(mention: PageMention | null): void {
    this.active = mention;
    this.render();
    this.ownWrites(() => this.renderer.setActive(mention));
  }

  private active: PageMention | null = null;

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

  private async fullScan(signal: AbortSignal): Promise<boolean> {
    // Wrapped highlights are unwrapped first, for the reason subtreeScan gives.
    if (this.renderer.kind === 'wrap') this.forget(() => true);
    // The first scan shows what it finds as it goes; a later one (painted highlights only) keeps the old
    // highlights up until it swaps in its result at once, so a page that keeps changing never goes without.
    const progressive = this.store.size === 0;
    const found: PageMention[] = [];
    let shownUpTo = 0;
    let lastShow = performance.now();
    const sink: ScanSink = {
      add: (mentions) => {
        for (const m of mentions) if (found.length < MAX_MENTIONS) found.push(m);
        if (found.length >= MAX_MENTIONS) return false;
        if (progressive && performance.now() - lastShow > SHOW_EVERY_MS) {
          this.store.append(found.slice(shownUpTo));
          shownUpTo = found.length;
          lastShow = performance.now();
          // In a task of its own: inside this scan step it would add to a full idle slice (a 57 ms task on an 8 MB page).
          this.renderSoon();
        }
        return true;
      },
    };
    const prefound = this.prefound ?? undefined;
    this.prefound = null;
    const capped = await fullScanSteps(this.doc, this.matcher, sink, signal, prefound);
    if (capped === null) return false;
    // The scan ended in an idle slice's task: the render that shows its result gets a task of its own.
    await nextTask();
    if (signal.aborted) return false;
    if (progressive) this.store.append(found.slice(shownUpTo));
    else this.store.replace(keepIdentities(this.store.all(), found));
    this.capped = capped;
    this.render();
    return true;
  }

  private async subtreeScan(roots: readonly ScanRoot[], signal: AbortSignal): Promise<boolean> {
    // Wrapped highlights move the page's text into our marks: a scan of them would find mentions in
    // nodes the next render removes (restoring the page's text), and lose them. So the mentions in
    // roots are unwrapped and forgotten first, and the scan reads the page's own text nodes.
    if (this.renderer.kind === 'wrap') this.forgetGone(this.store.removeStale(roots, false));
    const blocks = await subtreeScanSteps(roots, this.doc, this.matcher, MAX_MENTIONS, signal);
    if (!blocks) return false;
    // Stale: removed from the page, or inside a rescanned subtree (found again below if still there).
    this.store.removeStale(roots, true);
    this.store.insertBlocks(blocks);
    if (this.store.truncate(MAX_MENTIONS).length) this.capped = true;
    this.render();
    return true;
  }

  /** Forgets the mentions `stale` picks and hides those shown. */
  private forget(stale: (m: PageMention) => boolean): void {
    this.forgetGone(this.store.remove(stale));
  }

  /** Hides those of the mentions just removed from the store that are shown. */
  private forgetGone(gone: readonly PageMention[]): void {
    if (!gone.length) return;
    const hide = gone.filter((m) => this.shown.has(m.id));
    if (hide.length) this.ownWrites(() => this.renderer.hide(hide));
    for (const m of hide) this.shown.delete(m.id);
    this.changed();
  }

  private renderTimer: ReturnType<typeof setTimeout> | null = null;

  /** The rest of a large show, in the next task. */
  private renderSoon(): void {
    this.renderTimer ??= setTimeout(() => {
      this.renderTimer = null;
      this.render();
    }, 0);
  }

  private chosen(kept: readonly PageMention[]): PageMention[] {
    const chosen = chooseCalm(this.doc, kept, this.calm);
    const active = this.active;
    if (!active || chosen.includes(active)) return chosen;
    const ids = new Set(chosen.map((m) => m.id)).add(active.id);
    return kept.filter((m) => ids.has(m.id));
  }

  private render(): void {
    const chosen = this.chosen(keepAmbiguous(this.store.all()));
    const visible = this.renderer.kind === 'wrap' ? wrappable(chosen) : chosen;
    // Runs on every change of the page: what it hides and shows is found without a set of every id
    // when nothing shown goes (a page that only gains mentions).
    let stillShown = 0;
    for (const m of visible) if (this.shown.has(m.id)) stillShown++;
    const hide: PageMention[] = [];
    if (stillShown < this.shown.size) {
      const want = new Set<number>();
      for (const m of visible) want.add(m.id);
      for (const [id, m] of this.shown) if (!want.has(id)) hide.push(m);
    }
    let show = stillShown < visible.length ? visible.filter((m) => !this.shown.has(m.id)) : [];
    if (!hide.length && !show.length) return;
    if (show.length > SHOW_PER_TASK) {
      show = show.slice(0, SHOW_PER_TASK);
      this.renderSoon();
    }
    this.ownWrites(() => {
      if (hide.length) this.renderer.hide(hide);
      if (show.length) this.renderer.show(show);
    });
    for (const m of hide) this.shown.delete(m.id);
    for (const m of show) this.shown.set(m.id, m);
    this.changed();
  }
}

/** The new scan's mentions, with the old object (and id) kept wherever a mention is unchanged. */
function keepIdentities(old: readonly PageMention[], found: PageMention[]): PageMention[] {
  const byStart = new Map<Text, PageMention[]>();
  for (const m of old) {
    const list = byStart.get(m.startNode);
    if (list) list.push(m);
    else byStart.set(m.startNode, [m]);
  }
  return found.map((m) => {
    const same = byStart
      .get(m.startNode)
      ?.find(
        (o) =>
          o.startOffset === m.startOffset &&
          o.endNode === m.endNode &&
          o.endOffset === m.endOffset &&
          o.topic === m.topic,
      );
    return same ?? m;
  });
}

/**
 * content-main.js's start: takes a frame over from content.js once its prefilter found something
 * (main-handoff.ts), and runs everything a page with mentions needs: the highlighter, calm highlights,
 * renderers, previews, reports with places. It must never throw into the page. Everything here is
 * wiring; the work lives in the modules it calls.
 */
import type { Settings } from '../core/settings';
import { askBackground, ext } from '../platform/browser';
import { Highlighter } from './highlighter';
import { guarded, logOnce } from './log-once';
import { runInIdleSlices } from './idle-chunks';
import type { MainHandoff } from './main-handoff';
import { PageObserver } from './page-observer';
import { refreshPageStyle, setPageStyle } from './page-style';
import { openShadowRoots, shadowRootsNow } from './shadow-roots';
import type { ScanRoot } from './text-runs';
import { startPreviews } from './previews/start';
import { listenToRequests } from './requests';
import { rendererFor } from './renderers/choose';
import { frameHasRoom, hiddenFrameUrls, isTopFrame } from './frame-context';
import { coloursDiffer, enabledHere } from './frame-start';
import { createReporter } from './report';
import { withPlacesInIdle } from './report-places';
import { PlaceCache } from './place-cache';

/** Elements a rescan looks at for shadow hosts in the content that changed (about 10 ms at most). */
const SHADOW_LOOK_PER_RESCAN = 20_000;

export async function startMain(handoff: MainHandoff): Promise<void> {
  const { stored, matcher } = handoff;
  let settings = stored.current;
  let enabled = enabledHere(settings);
  let observer: PageObserver | null = null;
  // Our own DOM writes (wrapped highlights, the card host) are kept out of the observer's records.
  const ownWrites = <T>(write: () => T): T => (observer ? observer.ignoring(write) : write());
  const staleBlocks = new Set<Node>();
  const rescanStale = guarded('rescan', () => {
    if (!enabled || editorSignals.signal.aborted) return staleBlocks.clear();
    // Blocks are elements, or the shadow root a mention sits in when no block holds it there.
    const roots = [...staleBlocks].filter(
      (b): b is ScanRoot => b.nodeType === Node.ELEMENT_NODE || b.nodeType === Node.DOCUMENT_FRAGMENT_NODE,
    );
    const all = roots.length < staleBlocks.size;
    staleBlocks.clear();
    places.changed('all');
    if (all) void scanAll();
    else highlighter.rescan(roots);
    reporter.changed();
  });
  // Batched to the next task: the renderer reports from inside its own writes.
  const stale = (block: Node): void => {
    if (!staleBlocks.size) setTimeout(rescanStale, 0);
    staleBlocks.add(block);
  };
  const renderer = await rendererFor(settings, stale);
  // The wrap renderer may have had to be loaded: content.js kept the settings current meanwhile.
  settings = stored.current;
  enabled = enabledHere(settings);
  const highlighter = new Highlighter(document, matcher, renderer, ownWrites);
  // The last report's passages, kept while the page changes only after them (a growing feed).
  const places = new PlaceCache(document);
  const calmFrom = (s: Settings, asked: boolean) => ({ density: s.density, shownRegions: s.shownRegions, asked });
  highlighter.setCalm(calmFrom(settings, handoff.asked));
  const reporter = createReporter(
    () => ({
      enabled,
      visible: frameHasRoom(),
      capped: highlighter.reachedCap,
      hiddenFrames: enabled ? hiddenFrameUrls() : [],
      mentions: enabled ? highlighter.visible() : [],
    }),
    (listed) => {
      // Wrapped highlights change the page's text nodes unseen by the observer: passages are read afresh.
      if (highlighter.rendererKind === 'paint') return withPlacesInIdle(listed, document, places);
      places.changed('all');
      return withPlacesInIdle(listed);
    },
  );
  highlighter.onChange(() => reporter.changed());
  // Single-page apps change the address without a new document: report the mentions under the new
  // address (the observer rescans the content they swap in).
  let lastUrl = location.href;
  const onNavigate = guarded('navigation', () => {
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    reporter.changed();
  });
  const rescan = guarded('rescan', (roots: ScanRoot[]) => {
    onNavigate();
    if (isEditor()) return leaveEditor();
    // Content added later may carry web components: their open roots are scanned and watched too.
    places.changed(roots);
    const shadows = roots.flatMap((root) => shadowRootsNow(root, document, SHADOW_LOOK_PER_RESCAN));
    for (const shadow of shadows) observer?.observeShadowRoot(shadow);
    highlighter.rescan([...roots, ...shadows]);
    reporter.changed();
  });
  observer = new PageObserver(document, {
    rescan,
    rescanAll: guarded('rescan all', () => scanAll()),
    unread: () => places.changed('all'),
    editable: guarded('editor', (el: Element) => {
      highlighter.clearWithin(el);
      reporter.changed();
    }),
  });
  // A document in designMode is an editor as a whole. Turning it on fires no event or mutation, so it is
  // checked when a scan starts, on each rescan, and, while we show highlights, whenever the selection
  // moves or input begins (before a keystroke lands). Once a document is an editor we leave it for good
  // (until it is loaded again). A page without highlights gets none of these listeners.
  const isEditor = (): boolean => document.designMode === 'on';
  const editorSignals = new AbortController();
  let watchingEditor: AbortController | null = null;
  const leaveEditor = guarded('editor', () => {
    if (!isEditor()) return;
    editorSignals.abort();
    observer?.stop();
    highlighter.clear();
    reporter.complete();
  });
  highlighter.onChange(
    guarded('editor', () => {
      if (highlighter.showsAny === (watchingEditor !== null) || editorSignals.signal.aborted) return;
      if (watchingEditor) {
        watchingEditor.abort();
        watchingEditor = null;
        return;
      }
      watchingEditor = new AbortController();
      const signal = AbortSignal.any([watchingEditor.signal, editorSignals.signal]);
      for (const type of ['selectionchange', 'focusin', 'beforeinput']) {
        document.addEventListener(type, leaveEditor, { capture: true, passive: true, signal });
      }
    }),
  );

  async function scanAll(prefound?: readonly Text[]): Promise<void> {
    if (!enabled || editorSignals.signal.aborted) return;
    if (isEditor()) return leaveEditor();
    places.changed('all');
    if (!(await highlighter.scanAll(prefound))) return;
    await scanShadowRoots();
    reporter.complete();
  }

  /** Finds the page's open shadow roots in idle slices, then scans and watches them. */
  async function scanShadowRoots(): Promise<void> {
    const body = document.body;
    if (!body) return;
    const walk = openShadowRoots(body, document);
    const found: ShadowRoot[] = [];
    await runInIdleSlices(() => {
      const next = walk.next();
      if (!next.done && next.value) found.push(next.value);
      return !next.done;
    });
    if (!found.length || !enabled || editorSignals.signal.aborted) return;
    for (const shadow of found) observer?.observeShadowRoot(shadow);
    highlighter.rescan(found);
  }

  function setEnabled(next: boolean): void {
    if (next === enabled || editorSignals.signal.aborted) return;
    enabled = next;
    setPageStyle(enabled);
    if (enabled) {
      observer?.start();
      void scanAll().catch((e: unknown) => logOnce('scan', e));
    } else {
      observer?.stop();
      highlighter.clear();
      reporter.complete();
    }
  }

  ext.storage.onChanged.addListener(
    guarded('settings', (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'sync' || !stored.update(changes)) return;
      const next = stored.current;
      const rendererChanged = next.accessibleHighlights !== settings.accessibleHighlights;
      const coloursChanged = coloursDiffer(next, settings);
      settings = next;
      if (coloursChanged) refreshPageStyle();
      if (rendererChanged) switchRenderer();
      highlighter.setCalm(calmFrom(settings, highlighter.calmOptions.asked));
      setEnabled(enabledHere(settings));
    }),
  );
  // The wrap renderer may have to be loaded first: only the latest switch applies.
  let switches = 0;
  function switchRenderer(): void {
    const id = ++switches;
    rendererFor(settings, stale)
      .then((renderer) => {
        if (id === switches) highlighter.setRenderer(renderer);
      })
      .catch((e: unknown) => logOnce('renderer', e));
  }

  listenToRequests({ highlighter, rescanAll: () => scanAll() });
  startPreviews({ highlighter, settings: () => settings, ownWrites });
  addEventListener('popstate', onNavigate);
  addEventListener('hashchange', onNavigate);
  // pushState fires no event in our world; the Navigation API (where present) and each mutation batch catch it.
  (globalThis as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', onNavigate);
  // The tab leaves this page (for another, or for one we cannot run on, like about:blank): its
  // mentions no longer describe the tab. Back from the back/forward cache, they do again.
  if (isTopFrame()) {
    addEventListener(
      'pagehide',
      guarded('leave', () => {
        askBackground('mentions/leave', { url: location.href }).catch(() => undefined);
      }),
    );
    addEventListener(
      'pageshow',
      guarded('back', (event: PageTransitionEvent) => event.persisted && reporter.resend()),
    );
  } else {
    // A frame resized to (or from) a few pixels: the background must know whether to count it.
    let hadRoom = frameHasRoom();
    addEventListener(
      'resize',
      guarded('resize', () => {
        if (frameHasRoom() === hadRoom) return;
        hadRoom = !hadRoom;
        reporter.changed();
      }),
    );
  }

  // Our listeners are all in place: content.js's go, with what changed since it read the page.
  const changed = handoff.release();
  if (!enabled) return reporter.complete();
  setPageStyle(true);
  observer.start();
  // The page as content.js's walk found it, then what changed since (rescanned after the full scan).
  const first = scanAll(changed === 'all' ? undefined : (handoff.hits ?? undefined));
  if (changed !== 'all' && changed.length) rescan(changed);
  await first;
}

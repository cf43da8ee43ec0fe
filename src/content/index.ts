/**
 * content.js: runs on every page (and same-origin frame) the reader opens. It must never throw into
 * the page, never write to it, and cost next to nothing where no topic is mentioned; most pages and
 * frames mention none. It starts at document_start, reads the settings and asks for the highlight
 * styles, and reads the page once it is built (frame-start.ts): one script and one settings read
 * per frame. It carries only what every frame needs: the settings, the prefilter's walk
 * over the text (and over content added later), an empty report, and answers to the popup. On the
 * first prefilter hit it has the background inject content-main.js, which takes the frame over
 * (main-handoff.ts, main-start.ts). Everything here is wiring; the work lives in the modules it calls.
 */
import shipped from 'ssn:content-matcher';
import { createShippedMatcher, parseMatcherBody } from '../core/matcher-shipped';
import { askBackground, ext } from '../platform/browser';
import { frameHasRoom, hiddenFrameUrls, isTopFrame } from './frame-context';
import { nextTask, runInIdleSlices } from './idle-chunks';
import { guarded, logOnce } from './log-once';
import { hitsConfirmed } from './hits-confirmed';
import { providedMain } from './main-handoff';
import { answerWithoutMentions } from './no-mention-requests';
import { coloursDiffer, enabledHere, styledUntilIdle } from './frame-start';
import { outermost, PageObserver } from './page-observer';
import { refreshPageStyle, setPageStyle } from './page-style';
import { subtreeHits, walkPrefiltered } from './prefilter-walk';
import { createReporter, NO_PLACES } from './report';
import { openShadowRoots, shadowRootsNow } from './shadow-roots';
import type { ScanRoot } from './text-runs';

/** Elements a rescan looks at for shadow hosts in the content that changed (about 10 ms at most). */
const SHADOW_LOOK_PER_RESCAN = 20_000;

async function start(): Promise<void> {
  const stored = await styledUntilIdle();
  // The load event's task holds the page's last layout: the walk's first part (up to 20 ms) in it
  // made tasks of 55–75 ms on the bench's prose pages. It starts in a task of its own.
  await nextTask();
  let settings = stored.current;
  let enabled = enabledHere(settings);
  // The groups and cues come from the background once the prefilter finds something (matcher-shipped.ts).
  const matcher = createShippedMatcher(shipped, () => askBackground('matcher/body', {}).then(parseMatcherBody));
  /** On-demand density: the reader asked for this page's highlights (handed over to content-main.js). */
  let asked = false;
  // Until content-main.js takes over: our listeners, and the scans running (aborted when switched off).
  const listening = new AbortController();
  const stops: (() => void)[] = [];
  let scans = new AbortController();
  const reporter = createReporter(
    () => ({
      enabled,
      visible: frameHasRoom(),
      capped: false,
      hiddenFrames: enabled ? hiddenFrameUrls() : [],
      mentions: [],
    }),
    NO_PLACES,
  );

  // Changes the observer reported during a walk or while content-main.js was loading.
  const missed = new Set<ScanRoot>();
  let missedAll = false;
  /** content-main.js's call once its own listeners are in place: ours stop. */
  const release = (): ScanRoot[] | 'all' => {
    listening.abort();
    scans.abort();
    reporter.stop();
    for (const stop of stops) stop();
    const drained = observer.drain();
    return missedAll || drained === 'all' ? 'all' : outermost([...missed, ...drained]);
  };
  let loading: Promise<null> | null = null;
  /** content-main.js and the matcher's body, fetched side by side from the first hit on. */
  const load = (): Promise<null> => {
    matcher.ready().catch(() => undefined);
    loading ??= askBackground('content/load-main', {});
    loading.catch(() => (loading = null));
    return loading;
  };
  let handing: Promise<void> | null = null;
  /** A prefilter hit: content-main.js takes the frame over (hits: the walk's, or null to walk again). */
  const handOver = (hits: readonly Text[] | null): Promise<void> => {
    handing ??= (async () => {
      await load();
      const startMain = providedMain();
      if (!startMain) throw new Error('content-main.js ran but gave no start');
      await startMain({ stored, matcher, asked, hits, release });
    })().catch((error: unknown) => {
      // The frame reports what it knows (no mention); a later hit may try again (the background may
      // have been restarting).
      logOnce('main', error);
      handing = null;
      reporter.complete();
    });
    return handing;
  };

  // A document in designMode is an editor as a whole: we leave it for good (until it is loaded again).
  const isEditor = (): boolean => document.designMode === 'on';
  let leftEditor = false;
  const leaveEditor = (): void => {
    leftEditor = true;
    scans.abort();
    observer.stop();
    reporter.complete();
  };
  const idle = (): boolean => !enabled || leftEditor || handing !== null;

  /** Whether any of roots holds a prefilter hit, one root per idle step; null when stopped. */
  const rootsHit = async (roots: readonly ScanRoot[], signal: AbortSignal): Promise<boolean | null> => {
    let i = 0;
    let hit = false;
    const done = await runInIdleSlices(() => {
      const root = roots[i++];
      if (!root || hit) return false;
      hit = root.isConnected && subtreeHits(root, document, matcher).length > 0;
      return !hit;
    }, signal);
    return done ? hit : null;
  };

  /** Content added later may carry web components: their open roots are checked and watched too. */
  const withShadowRoots = (roots: ScanRoot[]): ScanRoot[] => {
    const shadows = roots.flatMap((root) => shadowRootsNow(root, document, SHADOW_LOOK_PER_RESCAN));
    for (const shadow of shadows) observer.observeShadowRoot(shadow);
    return [...roots, ...shadows];
  };

  /** Finds the page's open shadow roots in idle slices, watches them, and whether one holds a hit. */
  const shadowRootsHit = async (body: Element, signal: AbortSignal): Promise<boolean | null> => {
    const walk = openShadowRoots(body, document);
    const found: ShadowRoot[] = [];
    const done = await runInIdleSlices(() => {
      const next = walk.next();
      if (!next.done && next.value) found.push(next.value);
      return !next.done;
    }, signal);
    if (!done) return null;
    for (const shadow of found) observer.observeShadowRoot(shadow);
    return found.length ? rootsHit(found, signal) : false;
  };

  /**
   * One walk over the page's text, then its open shadow roots. From the first hit on, content-main.js
   * loads while the walk goes on; it is handed the walk's hits, so a page with mentions is walked once.
   */
  const scanOnce = async (): Promise<void> => {
    if (idle()) return;
    if (isEditor()) return leaveEditor();
    const signal = scans.signal;
    const body = document.body;
    const hits: Text[] = [];
    const take = (nodes: Text[]): boolean => {
      for (const node of nodes) hits.push(node);
      // The body comes while the walk goes on; content-main.js only once a mention is confirmed.
      matcher.ready().catch(() => undefined);
      return true;
    };
    if (body && !(await walkPrefiltered(body, document, matcher, take, signal))) return;
    if (body && hits.length) {
      const confirmed = await hitsConfirmed(body, hits, document, matcher, signal);
      if (confirmed === null) return;
      if (confirmed) return handOver(hits);
    }
    const shadowHit = body ? await shadowRootsHit(body, signal) : false;
    if (shadowHit === null || signal.aborted) return;
    if (shadowHit) return handOver(null);
    // What changed during the walk (and meanwhile, until nothing is left).
    while (missed.size) {
      const changed = withShadowRoots(outermost(missed));
      missed.clear();
      const changedHit = await rootsHit(changed, signal);
      if (changedHit === null) return;
      if (changedHit) return handOver(null);
    }
    reporter.complete();
  };
  // A request for a scan while one runs is kept for after it (a page that keeps changing would never finish one).
  let scanning: Promise<void> | null = null;
  let again = false;
  const scanAll = (): Promise<void> => {
    if (scanning) {
      again = true;
      return scanning;
    }
    scanning = (async () => {
      do {
        again = false;
        await scanOnce();
      } while (again && !idle());
    })().finally(() => (scanning = null));
    return scanning;
  };

  // Single-page apps change the address without a new document: the report names the new address.
  let lastUrl = location.href;
  const onNavigate = guarded('navigation', () => {
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    reporter.changed();
  });
  const observer = new PageObserver(document, {
    rescan: guarded('rescan', async (roots: ScanRoot[]) => {
      onNavigate();
      // While the page is walked, or content-main.js loads, changes wait: checked after the walk, or
      // handed over with the frame.
      if (scanning || handing) {
        for (const root of roots) missed.add(root);
        return;
      }
      if (idle()) return;
      if (isEditor()) return leaveEditor();
      if (await rootsHit(withShadowRoots(roots), scans.signal)) return handOver(null);
      reporter.changed();
    }),
    rescanAll: guarded('rescan all', () => {
      if (handing) missedAll = true;
      return scanAll();
    }),
  });

  const setEnabled = (next: boolean): void => {
    if (next === enabled || leftEditor) return;
    enabled = next;
    setPageStyle(enabled);
    if (enabled) {
      observer.start();
      void scanAll();
    } else {
      scans.abort();
      scans = new AbortController();
      observer.stop();
      reporter.complete();
    }
  };
  const onSettings = guarded('settings', (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'sync' || !stored.update(changes)) return;
    const next = stored.current;
    const coloursChanged = coloursDiffer(next, settings);
    settings = next;
    if (coloursChanged) refreshPageStyle();
    setEnabled(enabledHere(settings));
  });
  ext.storage.onChanged.addListener(onSettings);
  stops.push(() => ext.storage.onChanged.removeListener(onSettings));
  stops.push(
    answerWithoutMentions({
      rescanAll: scanAll,
      settings: () => settings,
      asked: () => asked,
      setAsked: (next) => (asked = next),
    }),
  );

  const signal = listening.signal;
  addEventListener('popstate', onNavigate, { signal });
  addEventListener('hashchange', onNavigate, { signal });
  // pushState fires no event in our world; the Navigation API (where present) and each mutation batch catch it.
  (globalThis as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', onNavigate, { signal });
  // The tab leaves this page (for another, or for one we cannot run on, like about:blank): its
  // report no longer describes the tab. Back from the back/forward cache, it does again.
  if (isTopFrame()) {
    const leave = guarded('leave', () => {
      askBackground('mentions/leave', { url: location.href }).catch(() => undefined);
    });
    addEventListener('pagehide', leave, { signal });
    const back = guarded('back', (event: PageTransitionEvent) => event.persisted && reporter.resend());
    addEventListener('pageshow', back, { signal });
  } else {
    // A frame resized to (or from) a few pixels: the background must know whether to count it.
    let hadRoom = frameHasRoom();
    const resized = guarded('resize', () => {
      if (frameHasRoom() === hadRoom) return;
      hadRoom = !hadRoom;
      reporter.changed();
    });
    addEventListener('resize', resized, { signal });
  }

  if (!enabled) return reporter.complete();
  // Asked for at document_start already: this only covers a failed request.
  setPageStyle(true);
  observer.start();
  await scanAll();
}

start().catch((error: unknown) => logOnce('start', error));

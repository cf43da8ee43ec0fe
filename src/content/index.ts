/**
 * Content script entry: runs on every page (and same-origin frame) the reader opens.
 * It must never throw into the page, never write to it beyond the highlights, and cost next to
 * nothing where no topic is mentioned. Everything here is wiring; the work lives in the modules it calls.
 */
import compiled from 'ssn:compiled-matcher';
import { createMatcher } from '../core/matcher';
import { chooseRenderer, isSiteEnabled, type Settings } from '../core/settings';
import { askBackground, ext } from '../platform/browser';
import { Highlighter } from './highlighter';
import { guarded, logOnce } from './log-once';
import { PageObserver } from './page-observer';
import { startPreviews } from './previews/start';
import { listenToRequests } from './requests';
import { createPaintRenderer, highlightApiAvailable } from './renderers/paint';
import type { Renderer } from './renderers/renderer';
import { createWrapRenderer } from './renderers/wrap';
import { FrameSettings } from './frame-settings';
import { frameHasRoom, hiddenFrameUrls, isTopFrame, topPageUrl } from './frame-context';
import { createReporter } from './report';

function rendererFor(settings: Settings): Renderer {
  return chooseRenderer(settings, highlightApiAvailable()) === 'paint' ? createPaintRenderer() : createWrapRenderer();
}

/** Off where the reader switched this frame's site off, or the site of the page it is in. */
const enabledHere = (settings: Settings): boolean => isSiteEnabled(settings, location.href) && isSiteEnabled(settings, topPageUrl());

async function start(): Promise<void> {
  const stored = new FrameSettings([location.href, topPageUrl()]);
  let settings = await stored.load();
  let enabled = enabledHere(settings);
  const matcher = createMatcher(compiled);
  let observer: PageObserver | null = null;
  // Our own DOM writes (wrapped highlights, the card host) are kept out of the observer's records.
  const ownWrites = <T>(write: () => T): T => (observer ? observer.ignoring(write) : write());
  const highlighter = new Highlighter(document, matcher, rendererFor(settings), ownWrites);
  const reporter = createReporter(() => ({
    enabled,
    visible: frameHasRoom(),
    capped: highlighter.reachedCap,
    hiddenFrames: enabled ? hiddenFrameUrls() : [],
    mentions: enabled ? highlighter.visible() : [],
  }));
  highlighter.onChange(() => reporter.changed());
  // Single-page apps change the address without a new document: report the mentions under the new
  // address (the observer rescans the content they swap in).
  let lastUrl = location.href;
  const onNavigate = guarded('navigation', () => {
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    reporter.changed();
  });
  observer = new PageObserver(document, {
    rescan: guarded('rescan', (roots: Element[]) => {
      onNavigate();
      highlighter.rescan(roots);
    }),
    rescanAll: guarded('rescan all', () => scanAll()),
  });

  async function scanAll(): Promise<void> {
    if (!enabled) return;
    if (await highlighter.scanAll()) reporter.complete();
  }

  function setEnabled(next: boolean): void {
    if (next === enabled) return;
    enabled = next;
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
      settings = next;
      if (rendererChanged) highlighter.setRenderer(rendererFor(settings));
      setEnabled(enabledHere(settings));
    }),
  );
  listenToRequests({ highlighter, rescanAll: scanAll });
  startPreviews({ highlighter, settings: () => settings, ownWrites });
  addEventListener('popstate', onNavigate);
  addEventListener('hashchange', onNavigate);
  // pushState fires no event in our world; the Navigation API (where present) and each mutation batch catch it.
  (globalThis as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', onNavigate);
  // The tab leaves this page (for another, or for one we cannot run on, like about:blank): its
  // mentions no longer describe the tab. Back from the back/forward cache, they do again.
  if (isTopFrame()) {
    addEventListener('pagehide', guarded('leave', () => {
      askBackground('mentions/leave', { url: location.href }).catch(() => undefined);
    }));
    addEventListener('pageshow', guarded('back', (event: PageTransitionEvent) => event.persisted && reporter.resend()));
  } else {
    // A frame resized to (or from) a few pixels: the background must know whether to count it.
    let hadRoom = frameHasRoom();
    addEventListener('resize', guarded('resize', () => {
      if (frameHasRoom() === hadRoom) return;
      hadRoom = !hadRoom;
      reporter.changed();
    }));
  }

  if (!enabled) return reporter.complete();
  observer.start();
  await scanAll();
}

start().catch((error: unknown) => logOnce('start', error));

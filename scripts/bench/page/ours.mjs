// Our real content-script path (Highlighter + renderer + matcher), timed from outside without changing it.
import compiled from 'ssn:compiled-matcher';
import { createMatcher } from '../../../src/core/matcher';
import { Highlighter } from '../../../src/content/highlighter';
import { PageObserver } from '../../../src/content/page-observer';
import { createPaintRenderer } from '../../../src/content/renderers/paint';
import { HIGHLIGHT_NAME, MARK_CLASS } from '../../../src/content/renderers/renderer';
import { createWrapRenderer } from '../../../src/content/renderers/wrap';
import { afterNextFrame, trackIdleSlices } from './timing.mjs';

/** The renderer with its show() timed: for paint that is "registering the highlights". */
function timedRenderer(renderer, times) {
  return {
    ...renderer,
    kind: renderer.kind,
    show(mentions) {
      const start = performance.now();
      try {
        return renderer.show(mentions);
      } finally {
        times.show += performance.now() - start;
      }
    },
  };
}

/**
 * Highlighter.scanAll() as the content script runs it (matcher created cold, idle slices, render).
 * script = synchronous start + every idle slice + the render after the last slice; wall = start to resolved.
 */
export async function scanAll(kind) {
  const idle = trackIdleSlices();
  const times = { show: 0 };
  try {
    const start = performance.now();
    const matcher = createMatcher(compiled);
    const renderer = timedRenderer(kind === 'paint' ? createPaintRenderer() : createWrapRenderer(), times);
    const highlighter = new Highlighter(document, matcher, renderer);
    const scanning = highlighter.scanAll();
    const syncEnd = performance.now();
    const complete = await scanning;
    const end = performance.now();
    const { slices, sum, lastEnd } = idle.stats;
    // The render after the last slice runs in the same microtask checkpoint as this continuation.
    const script = slices ? syncEnd - start + sum + (end - lastEnd) : end - start;
    const frameEnd = await afterNextFrame();
    const mentions = highlighter.visible().length;
    return {
      highlighter,
      result: {
        script,
        wall: end - start,
        slices,
        register: times.show,
        frame: frameEnd - end,
        firstFrame: frameEnd - start,
        mentions,
        complete,
      },
    };
  } finally {
    idle.restore();
  }
}

/** Removes every highlight; checks that nothing of ours is left. */
export async function clear(highlighter) {
  await afterNextFrame();
  const start = performance.now();
  highlighter.clear();
  const end = performance.now();
  const frameEnd = await afterNextFrame();
  const leftover =
    document.querySelectorAll(`mark.${MARK_CLASS}`).length + (CSS.highlights?.has(HIGHLIGHT_NAME) ? 1 : 0);
  return { script: end - start, frame: frameEnd - end, leftover };
}

function appendedParagraph(alias) {
  const p = document.createElement('p');
  p.textContent = `An appended paragraph says that ${alias} was discussed at length in the spring.`;
  return p;
}

/** Where a site would append new content: its main column when it has one. */
function contentContainer() {
  return document.querySelector('main, article, [role="main"], #content, #main') ?? document.body;
}

/**
 * Our script time from a rescan's request to its mentions shown: the synchronous request, every idle
 * slice it took and the render after the last (same rule as scanAll). The rescan runs in idle slices
 * (scan-jobs.ts), so timing the request alone would time a queue push.
 */
async function timedRescan(highlighter, roots, before = () => {}) {
  const idle = trackIdleSlices();
  try {
    const start = performance.now();
    before();
    highlighter.rescan(roots);
    const syncEnd = performance.now();
    await highlighter.settled();
    const end = performance.now();
    const { slices, sum, lastEnd } = idle.stats;
    return { script: slices ? syncEnd - start + sum + (end - lastEnd) : end - start, wall: end - start };
  } finally {
    idle.restore();
  }
}

/** Appends a paragraph with the alias; styled: let the browser style it first, as it has by the time the observer's debounce fires. */
async function append(highlighter, alias, styled) {
  const p = appendedParagraph(alias);
  if (styled) {
    contentContainer().appendChild(p);
    getComputedStyle(p).display;
  }
  const { script } = await timedRescan(highlighter, [p], () => {
    if (!styled) contentContainer().appendChild(p);
  });
  return script;
}

/**
 * Appends paragraphs with a mention and rescans just them, as the observer's callback does; each
 * time from the request to the mention shown. ms: the first rescan after the scan, once the browser
 * has styled the paragraph (it pays one-time costs: V8 compiles the prefilter again for text without
 * non-Latin-1 characters). next: a second one, the steady state. withStyle: append and rescan at
 * once, so the rescan's visibility check forces the style pass the browser would otherwise do for
 * its next frame. found: mentions shown per appended paragraph (1 when the rescan did its job).
 */
export async function appendAndRescan(highlighter, alias) {
  const before = highlighter.visible().length;
  const ms = await append(highlighter, alias, true);
  const next = await append(highlighter, alias, true);
  const withStyle = await append(highlighter, alias, false);
  return { ms, next, withStyle, found: (highlighter.visible().length - before) / 3 };
}

/** The whole observer path: append → MutationObserver → debounce → rescan. Wall includes the debounce. */
export function appendObserved(highlighter, alias) {
  return new Promise((resolve) => {
    const p = appendedParagraph(alias);
    const before = highlighter.visible().length;
    let start = 0;
    const observer = new PageObserver(document, {
      async rescan(roots) {
        observer.stop();
        const { script } = await timedRescan(highlighter, roots);
        resolve({
          wall: performance.now() - start,
          rescan: script,
          roots: roots.length,
          found: highlighter.visible().length - before,
        });
      },
      rescanAll() {
        observer.stop();
        resolve({ wall: NaN, rescan: NaN, roots: -1, found: 0 });
      },
    });
    observer.start();
    start = performance.now();
    contentContainer().appendChild(p);
  });
}

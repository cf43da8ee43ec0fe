// Clocks for work that the content script spreads over idle callbacks and frames.

/**
 * Wraps requestIdleCallback and setTimeout (idle-chunks.ts's fallback) so every slice of work they run
 * is timed: script time is the sum of the slices, not the idle gaps between them. idle-chunks.ts looks
 * the globals up at each call, so patching them after it loaded works. A scheduler other than these two
 * would go uncounted: extend this if idle-chunks.ts ever uses one.
 */
export function trackIdleSlices(win = window) {
  const stats = { slices: 0, sum: 0, lastEnd: 0 };
  const timedCallback =
    (cb) =>
    (...args) => {
      const start = performance.now();
      try {
        return cb(...args);
      } finally {
        const end = performance.now();
        stats.slices++;
        stats.sum += end - start;
        stats.lastEnd = end;
      }
    };
  const originals = { requestIdleCallback: win.requestIdleCallback, setTimeout: win.setTimeout };
  win.requestIdleCallback = (cb, options) => originals.requestIdleCallback.call(win, timedCallback(cb), options);
  win.setTimeout = (cb, ms, ...rest) =>
    originals.setTimeout.call(win, typeof cb === 'function' ? timedCallback(cb) : cb, ms, ...rest);
  return { stats, restore: () => Object.assign(win, originals) };
}

/** Resolves with the time just after the next frame was produced (rAF runs before style/layout/paint). */
export function afterNextFrame() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    }),
  );
}

/**
 * Lets the page go quiet before a measurement: pending style and layout are flushed, garbage from
 * loading is collected (when --expose-gc is on), two frames pass, then the main thread is idle.
 */
export async function settle() {
  document.body?.getBoundingClientRect();
  globalThis.gc?.();
  await afterNextFrame();
  await afterNextFrame();
  await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 500 }));
}

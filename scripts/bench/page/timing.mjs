// Clocks for work that the content script spreads over idle callbacks and frames.

/**
 * Wraps requestIdleCallback so every idle slice is timed: script time is the sum of the slices,
 * not the idle gaps between them. idle-chunks.ts looks the global up at each call, so patching works.
 */
export function trackIdleSlices(win = window) {
  const original = win.requestIdleCallback;
  const stats = { slices: 0, sum: 0, lastEnd: 0 };
  win.requestIdleCallback = (cb, options) =>
    original.call(
      win,
      (deadline) => {
        const start = performance.now();
        try {
          return cb(deadline);
        } finally {
          const end = performance.now();
          stats.slices++;
          stats.sum += end - start;
          stats.lastEnd = end;
        }
      },
      options,
    );
  return { stats, restore: () => void (win.requestIdleCallback = original) };
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

/** Times a synchronous call. */
export function timed(fn) {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

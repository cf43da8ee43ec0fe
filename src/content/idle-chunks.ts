/**
 * Runs a long job in slices of idle time so no task of ours blocks the page for long
 * (a slice stops after SLICE_MS even when the browser offers more).
 */
// The browser offers up to 50 ms of idle time, but a task of ours must stay under 50 ms with the step
// that crosses the limit (up to ~5 ms) and a garbage collection in it (up to ~10 ms): at 40 ms the
// 8 MB bench page had idle tasks of 45–75 ms CPU.
const SLICE_MS = 25;

type IdleScheduler = (cb: (deadline: { timeRemaining(): number }) => void) => void;

const schedule: IdleScheduler =
  typeof requestIdleCallback === 'function'
    ? (cb) => requestIdleCallback(cb, { timeout: 200 })
    : (cb) => setTimeout(() => cb({ timeRemaining: () => SLICE_MS }), 1);

/**
 * Calls step() repeatedly until it returns false, a slice at a time.
 * Resolves when done, or early (with false) when signal aborts.
 */
export function runInIdleSlices(step: () => boolean, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const slice = (deadline: { timeRemaining(): number }): void => {
      if (signal?.aborted) return resolve(false);
      const end = performance.now() + Math.min(SLICE_MS, Math.max(1, deadline.timeRemaining()));
      try {
        while (performance.now() < end) {
          if (!step()) return resolve(true);
        }
      } catch (error) {
        return reject(error instanceof Error ? error : new Error(String(error)));
      }
      schedule(slice);
    };
    schedule(slice);
  });
}

/**
 * Resolves in a task of its own, after the current one and its microtasks: work that follows an idle
 * slice (the render after a scan) then never adds to that slice's task. A message, not setTimeout,
 * which a background tab would hold back for up to a second.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

// Measured loads under one Chromium trace (timeline + CPU profile) per page and side: each load is a
// fresh tab (opened ahead and brought to the front, or opened here); the trace clock's time at the start of its navigation and after the extension says it is
// done marks its window, and the extension's share of each window is read apart (attribute.mjs).
// One trace for all the loads of a page saves starting, stopping and transferring a trace per load
// (about a quarter of a second each, on 2 busy cores).
import { attributeWindow, prepareTrace } from './attribute.mjs';
import { phaseClock } from './phases.mjs';

const NO_CLOCK = phaseClock();

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];

/** Longest wait for a stopped trace's data (an 8 MB page's trace takes seconds on a busy machine). */
const TRACE_END_MS = 120_000;

function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

let markers = 0;

/**
 * Starts a trace of the side's whole browser.
 * @param {{ tracer: import('playwright-core').CDPSession }} side
 * @returns {Promise<{ mark: () => Promise<string>, stop: () => Promise<{ events: object[], at: Map<string, number> }> }>}
 *   mark: puts a clock-sync marker in the trace (its id; its time is read from the trace on stop)
 */
export async function startTrace(side) {
  const cdp = side.tracer;
  const events = [];
  const collect = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'], recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  return {
    async mark() {
      const syncId = `ssn-bench-${++markers}`;
      await cdp.send('Tracing.recordClockSyncMarker', { syncId });
      return syncId;
    },
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      try {
        await cdp.send('Tracing.end');
        // A browser that dies between the two never sends tracingComplete: fail the page, not hang the bench.
        const { dataLossOccurred } = await withTimeout(complete, TRACE_END_MS, 'the trace never completed');
        if (dataLossOccurred) throw new Error('the trace buffer overflowed (events lost)');
      } finally {
        cdp.off('Tracing.dataCollected', collect);
      }
      const at = new Map();
      for (const e of events) if (e.name === 'clock_sync' && e.args?.sync_id) at.set(e.args.sync_id, e.ts);
      return { events, at };
    },
  };
}

/**
 * One load inside a running trace: a fresh tab, navigation, the extension's "done", 50 ms for what it
 * does right after (the report's message), markers around it all.
 * @param {{ name?: string, context: import('playwright-core').BrowserContext, waitDone: (page: import('playwright-core').Page) => Promise<object> }} side
 * @param {{ clock?: ReturnType<typeof phaseClock>, tab?: import('playwright-core').Page, closing?: Promise<unknown>[] }} [options]
 *   tab: a fresh tab opened ahead (never navigated), else one is opened here; closing: where to leave
 *   the tab's closing (the caller awaits it later), else it is awaited here
 * @returns {Promise<{ found: object, loadMs: number, from: string, to: string, doneAt: string }>} marker ids:
 *   from/to around the load, doneAt when the extension had said it was done
 */
export async function tracedLoad(side, trace, url, { clock = NO_CLOCK, tab, closing } = {}) {
  const lap = clock.laps();
  const who = side.name ?? 'side';
  const page = tab ?? (await side.context.newPage());
  // A tab opened ahead is behind the last one opened: a background tab gets no frames and slow
  // timers, so it is brought to the front as a new tab would be.
  if (tab) await page.bringToFront();
  lap('load: new tab');
  try {
    const started = Date.now();
    const done = side.waitDone(page);
    const from = await trace.mark();
    lap('load: markers');
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    lap(`load: goto to load event (${who})`);
    const found = await done;
    lap(`load: load event to done (${who})`);
    const doneAt = await trace.mark();
    lap('load: markers');
    await page.waitForTimeout(50);
    lap('load: 50 ms tail');
    const to = await trace.mark();
    lap('load: markers');
    return { found, loadMs: Date.now() - started, from, to, doneAt };
  } finally {
    const closed = page.close().catch(() => undefined);
    if (closing) closing.push(closed);
    else await closed;
    lap('load: close tab');
  }
}

/**
 * Each load's share of a stopped trace. A renderer's CPU profile reaches the trace in chunks, and the
 * last chunk of a closed tab's renderer can be lost: a load whose page profile ends before the
 * extension said it was done is marked `cut` (the caller leaves it out and reports it).
 * @param {{ events: object[], at: Map<string, number> }} trace
 * @param {string} prefix the extension's URL prefix
 * @param {{ found: object, loadMs: number, from: string, to: string, doneAt: string }[]} loads
 */
export function attributeLoads(trace, prefix, loads) {
  const prepared = prepareTrace(trace.events, prefix);
  const lastSample = new Map();
  for (const s of prepared.samples) lastSample.set(s.pid, s.ts);
  return loads.map(({ from, to, doneAt, ...load }) => {
    const window = { from: trace.at.get(from), to: trace.at.get(to) };
    const done = trace.at.get(doneAt);
    if (![window.from, window.to, done].every(Number.isFinite)) throw new Error('a load marker is missing');
    const pids = new Set(prepared.evaluations.filter((e) => e.ts >= window.from && e.ts < window.to).map((e) => e.pid));
    const cut = [...pids].some((pid) => !(lastSample.get(pid) >= done));
    return { ...attributeWindow(prepared, window), ...load, cut };
  });
}

// One measured load: a fresh tab, a Chromium trace (timeline + CPU profile) from before navigation
// until the extension says it is done, then the extension's share of it (attribute.mjs).
import { attribute } from './attribute.mjs';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];

/** Starts a trace on a CDP session; resolves its events when stop() is called. */
async function startTrace(cdp) {
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'], recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    // A browser that dies between the two never sends tracingComplete: fail the load, not hang the bench.
    await withTimeout(complete, TRACE_END_MS, 'the trace never completed');
    return events;
  };
}

/** Longest wait for a stopped trace's data (an 8 MB page's trace takes seconds on a busy machine). */
const TRACE_END_MS = 120_000;

function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * @param {{ context: import('playwright-core').BrowserContext, prefix: string, waitDone: (page: import('playwright-core').Page) => Promise<object> }} side
 *   waitDone resolves once the extension has finished with the page (with what it found)
 * @returns {Promise<ReturnType<typeof attribute> & { found: object, wallMs: number }>}
 */
export async function tracedLoad(side, url) {
  const started = Date.now();
  const page = await side.context.newPage();
  try {
    const cdp = await side.context.newCDPSession(page);
    const stop = await startTrace(cdp);
    const done = side.waitDone(page);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const found = await done;
    // Whatever the extension does right after saying it is done (the report's message) is in the trace.
    await page.waitForTimeout(50);
    const events = await stop();
    return { ...attribute(events, side.prefix), found, wallMs: Date.now() - started };
  } finally {
    await page.close();
  }
}

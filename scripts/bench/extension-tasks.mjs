// Which main-thread tasks ran the extension's content script, from a Chromium trace of the page:
// a task counts as ours when a script call inside it comes from a chrome-extension:// URL. The
// longest of them is what the extension itself blocked the page for (rendering the highlights
// afterwards is the page's next frame, not counted). Used by scripts/bench-stress.mjs.

// No 'toplevel': its ThreadControllerImpl::RunTask events double the devtools RunTask ones (half the
// trace, and its transfer time) and, read from the same traces, give the same tasks to the figure.
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'].join(',');

/** Starts tracing the page; the returned function stops and resolves to our tasks' durations (ms). */
export async function traceExtensionTasks(context, page) {
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    for (const e of value) if (e.ph === 'X' || e.ph === 'B' || e.ph === 'E' || e.ph === 'M') events.push(e);
  });
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => undefined);
    if (process.env.SSN_TRACE_DUMP) dumpLongest(events);
    return extensionTaskDurations(events);
  };
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const SCRIPT_NAMES = new Set(['FunctionCall', 'EvaluateScript', 'v8.callFunction', 'v8.run']);

function urlOf(e) {
  const d = e.args?.data ?? {};
  return d.url ?? d.scriptName ?? d.stackTrace?.[0]?.url ?? '';
}

/**
 * Per top-level task on a renderer main thread that ran extension script: how long that script ran
 * (its outermost calls, forced style and layout inside them included). A task of ours alone (an idle
 * slice, a timer) counts whole; in a task of the page's (a script appending posts, whose mutations
 * our observer hears) only our part counts.
 */
export function extensionTaskDurations(events) {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !mainThreads.has(`${e.pid}:${e.tid}`)) continue;
    const key = `${e.pid}:${e.tid}`;
    let list = byThread.get(key);
    if (!list) byThread.set(key, (list = []));
    list.push(e);
  }
  const out = [];
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    let taskEnd = -1;
    let ours = 0;
    let callEnd = -1;
    for (const e of list) {
      if (TASK_NAMES.has(e.name) && e.ts >= taskEnd) {
        if (ours) out.push(ours / 1000);
        taskEnd = e.ts + e.dur;
        ours = 0;
        callEnd = -1;
        continue;
      }
      if (e.ts >= taskEnd || e.ts < callEnd || !SCRIPT_NAMES.has(e.name)) continue;
      // An outermost script call in this task: ours when its URL is the extension's.
      callEnd = e.ts + e.dur;
      if (urlOf(e).startsWith('chrome-extension://')) ours += e.dur;
    }
    if (ours) out.push(ours / 1000);
  }
  return out;
}

/** Debugging aid (SSN_TRACE_DUMP=1): what the longest tasks with extension script spent their time on. */
function dumpLongest(events) {
  const xs = events.filter((e) => e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const ours = (t) =>
    xs.some(
      (e) =>
        e.pid === t.pid &&
        e.tid === t.tid &&
        e.ts >= t.ts &&
        e.ts < t.ts + t.dur &&
        SCRIPT_NAMES.has(e.name) &&
        urlOf(e).startsWith('chrome-extension://'),
    );
  const tasks = xs
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.dur > 30000 && ours(e))
    .sort((a, b) => b.dur - a.dur)
    .slice(0, 6);
  for (const t of tasks) {
    const inside = xs.filter(
      (e) => e !== t && e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts < t.ts + t.dur && e.dur > 2000,
    );
    const call = xs.find(
      (e) => e.name === 'FunctionCall' && e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts < t.ts + t.dur,
    );
    console.error(
      `task ${(t.dur / 1000).toFixed(0)} ms [${call?.args?.data?.functionName}@${call?.args?.data?.lineNumber}:${call?.args?.data?.columnNumber}]: ${inside
        .slice(0, 12)
        .map((e) => `${e.name}${urlOf(e) ? `(${urlOf(e).slice(-20)})` : ''} ${(e.dur / 1000).toFixed(0)}`)
        .join(', ')}`,
    );
  }
}

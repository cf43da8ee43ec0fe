// What one page load cost an extension, read from a Chromium trace of that load: the time of its
// content-script evaluations (compile + run, per frame) plus every CPU-profile sample taken while one
// of its functions was on the stack (native calls it made, regex, DOM, forced layout included), and
// the longest main-thread task it is answerable for. Pure: events in, figures out.

/** @typedef {{ name: string, ph: string, pid: number, tid: number, ts: number, dur?: number, id?: string, args?: any }} TraceEvent */

const EVAL = 'EvaluateScript';

/** The trace's CPU profiles (Profile + ProfileChunk events), each with its nodes, samples and time deltas. */
export function readProfiles(events) {
  const profiles = new Map();
  for (const e of events) {
    if (e.name !== 'Profile' && e.name !== 'ProfileChunk') continue;
    const key = `${e.pid}:${e.id}`;
    let p = profiles.get(key);
    if (!p) profiles.set(key, (p = { pid: e.pid, tid: e.tid, start: NaN, nodes: new Map(), samples: [], deltas: [] }));
    const data = e.args?.data ?? {};
    if (e.name === 'Profile') {
      p.start = data.startTime;
      p.tid = e.tid;
      continue;
    }
    for (const n of data.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
    p.samples.push(...(data.cpuProfile?.samples ?? []));
    p.deltas.push(...(data.timeDeltas ?? []));
  }
  return profiles;
}

/**
 * Whether a thread is a page's main thread, from the trace's thread names ("CrRendererMain"); a trace
 * without names (made-up ones) counts every thread. The extension's service worker has its own thread
 * and process, off the page's: a trace that spans several loads profiles it (one per load mostly
 * did not), and its time is not the page's.
 */
function mainThreads(events) {
  const named = events.filter((e) => e.name === 'thread_name' && e.ph === 'M');
  if (named.length === 0) return () => true;
  const main = new Set(named.filter((e) => e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  return (x) => main.has(`${x.pid}:${x.tid}`);
}

/**
 * Samples of every CPU profile of a page's main thread in the trace, each with its time span and
 * whether the extension was on its stack. Garbage collection is charged to whoever ran just before it
 * (it pays for their allocations).
 */
function profileSamples(events, prefix) {
  const profiles = readProfiles(events);
  const isMain = mainThreads(events);
  const out = [];
  for (const p of profiles.values()) {
    if (!isMain(p)) continue;
    const ours = new Map();
    const isOurs = (id) => {
      if (ours.has(id)) return ours.get(id);
      const node = p.nodes.get(id);
      const v =
        !!node &&
        ((node.callFrame?.url ?? '').startsWith(prefix) || (node.parent !== undefined && isOurs(node.parent)));
      ours.set(id, v);
      return v;
    };
    const kind = (id) => p.nodes.get(id)?.callFrame?.functionName ?? '';
    let t = p.start;
    const times = p.deltas.map((d) => (t += d));
    let previousOurs = false;
    for (let i = 0; i < p.samples.length; i++) {
      const id = p.samples[i];
      const next = times[i + 1] ?? times[i];
      const name = kind(id);
      const mine = name === '(garbage collector)' ? previousOurs : isOurs(id);
      if (name !== '(garbage collector)') previousOurs = mine;
      out.push({
        pid: p.pid,
        tid: p.tid,
        ts: times[i],
        dur: Math.max(0, next - times[i]),
        ours: mine,
        idle: name === '(idle)',
      });
    }
  }
  return out.sort((a, b) => a.ts - b.ts);
}

/**
 * The parts of a trace that attribution reads, decoded once: a trace may span several loads, each
 * read in its own time window (attributeWindow).
 * @param {TraceEvent[]} events
 * @param {string} prefix the extension's URL prefix, chrome-extension://ID/
 */
export function prepareTrace(events, prefix) {
  const evaluations = events.filter(
    (e) => e.name === EVAL && e.ph === 'X' && (e.args?.data?.url ?? '').startsWith(prefix),
  );
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  return { evaluations, samples: profileSamples(events, prefix), tasks };
}

/**
 * @param {TraceEvent[]} events the trace of one load
 * @param {string} prefix the extension's URL prefix, chrome-extension://ID/
 * @param {{ from: number, to: number }} [window] only what starts in [from, to) (trace clock, µs)
 */
export function attribute(events, prefix, window) {
  return attributeWindow(prepareTrace(events, prefix), window);
}

/**
 * @param {ReturnType<typeof prepareTrace>} trace
 * @param {{ from: number, to: number }} [window] one load's span in a longer trace (trace clock, µs)
 * @returns {{ ms: number, wallMs: number, evaluations: { frame: string, ms: number }[], longestTask: number, longestTaskWall: number, ourLongestSlice: number }}
 *   ms: the whole cost in CPU time of the page's main thread; wallMs: the same in wall time. On a
 *   shared machine the thread is often descheduled, and a sampling profiler bills that wait to
 *   whatever was on the stack: each sample is scaled by its task's CPU time / wall time.
 *   longestTask: the longest main-thread task (CPU time) the extension is answerable for (mostly its
 *   own time, or one its time pushed over LONG_TASK_MS); ourLongestSlice: the most of its own time
 *   inside any one task.
 */
export function attributeWindow(trace, { from = -Infinity, to = Infinity } = {}) {
  const inWindow = (x) => x.ts >= from && x.ts < to;
  const evaluations = trace.evaluations.filter(inWindow);
  const inEvaluation = (s) => evaluations.some((e) => e.pid === s.pid && s.ts >= e.ts && s.ts < e.ts + e.dur);
  const ourSamples = trace.samples.filter((s) => s.ours && inWindow(s) && !inEvaluation(s));

  // Tasks on the main threads our code ran on, in order (one thread runs one task at a time).
  const threads = new Set([...evaluations, ...ourSamples].map((x) => `${x.pid}:${x.tid}`));
  const tasks = trace.tasks
    .filter((e) => inWindow(e) && threads.has(`${e.pid}:${e.tid}`))
    .map((e) => ({
      pid: e.pid,
      tid: e.tid,
      ts: e.ts,
      dur: e.dur,
      cpu: e.tdur ?? e.dur,
      mine: 0,
      mineWall: 0,
      evaluates: false,
    }));
  const taskAt = (x) => {
    const i = lastAtOrBefore(tasks, x.ts);
    for (let j = i; j >= 0 && j > i - 4; j--) {
      const t = tasks[j];
      if (t.pid === x.pid && t.tid === x.tid && x.ts < t.ts + t.dur) return t;
    }
    return null;
  };
  let cpuUs = 0;
  let wallUs = 0;
  for (const s of ourSamples) {
    const task = taskAt(s);
    const cpu = task && task.dur > 0 ? (s.dur * task.cpu) / task.dur : s.dur;
    cpuUs += cpu;
    wallUs += s.dur;
    if (task) {
      task.mine += cpu;
      task.mineWall += s.dur;
    }
  }
  for (const e of evaluations) {
    cpuUs += e.tdur ?? e.dur;
    wallUs += e.dur;
    const task = taskAt(e);
    if (task) {
      task.evaluates = true;
      task.mine += e.tdur ?? e.dur;
      task.mineWall += e.dur;
    }
  }
  let longestTask = 0;
  let longestTaskWall = 0;
  let ourLongestSlice = 0;
  for (const task of tasks) {
    ourLongestSlice = Math.max(ourLongestSlice, task.mine);
    if (answerable(task)) {
      longestTask = Math.max(longestTask, task.cpu);
      longestTaskWall = Math.max(longestTaskWall, task.dur);
    }
  }
  return {
    ms: cpuUs / 1000,
    wallMs: wallUs / 1000,
    evaluations: evaluations.map((e) => ({ frame: e.args.data.frame ?? '?', ms: (e.tdur ?? e.dur) / 1000 })),
    longestTask: longestTask / 1000,
    longestTaskWall: longestTaskWall / 1000,
    ourLongestSlice: ourLongestSlice / 1000,
  };
}

/** A main-thread task over this is a long task (the brief's limit for ours). */
export const LONG_TASK_MS = 50;

/**
 * Whether a task is the extension's to answer for: mostly its own time, or one it pushed over the
 * long-task limit. A task that only evaluates our script inside the page's own long task (the
 * parser runs document_start scripts in the task that parses the HTML) is the page's.
 */
function answerable(task) {
  if (task.mine <= 0) return false;
  return task.mineWall > task.dur / 2 || task.mine * 2 >= task.cpu || task.cpu - task.mine <= LONG_TASK_MS * 1000;
}

/** Index of the last item (sorted by ts) starting at or before ts, or -1. */
function lastAtOrBefore(sorted, ts) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].ts <= ts) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

// Where our content script's time goes on the bench's pages: a Chromium CPU profile of a few
// traced loads per page, our samples grouped by the innermost function of ours on the stack and by
// the leaf (a native call, regex, GC…). A tool for finding what to fix, not a measurement: the
// samples are scaled by their task's CPU/wall ratio, as the bench does, but stay noisy on a busy machine.
// Usage: node build.mjs --names && node scripts/bench-profile.mjs [--loads N] [--top N] [PAGE-SUBSTRING… | CORPUS-FILE.html…]
import { join } from 'node:path';
import { startServer, REPO } from '../tests/browser/server.mjs';
import { stressHandler } from '../tests/browser/stress-pages.mjs';
import { corpusDocument, serialize } from './bench/pages/corpus-html.mjs';
import { buildGrowthPages } from './bench/pages/growth-pages.mjs';
import { buildMentionPages } from './bench/pages/mention-pages.mjs';
import { namesByScript } from './bench/pages/names.mjs';
import { readProfiles } from './bench/ext/attribute.mjs';
import { launchSides } from './bench/ext/sides.mjs';

const args = process.argv.slice(2);
const numArg = (flag, dflt) => (args.includes(flag) ? Number(args[args.indexOf(flag) + 1]) : dflt);
const LOADS = numArg('--loads', 2);
const TOP = numArg('--top', 25);
// --focus NAME,NAME…: also the time with any of these functions of ours anywhere on the stack (one figure
// for a part of our work, callees included); --extension DIR: profile another --names build of ours.
const strArg = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const FOCUS = new Set(strArg('--focus')?.split(',') ?? []);
const EXTENSION = strArg('--extension');
// --pairs: the leaf tally names the function of ours each leaf ran under (who called addEventListener…).
const PAIRS = args.includes('--pairs');
// --outer: the first tally names the outermost function of ours on the stack (the task or resumed async
// function: a phase of our work) instead of the innermost.
const OUTER = args.includes('--outer');
// --under "NAME SCRIPT": only the samples whose outermost function of ours is that one (e.g. "slice
// content-main": what content-main.js's idle slices spend their time on).
const UNDER = strArg('--under');
const VALUED = ['--loads', '--top', '--focus', '--extension', '--under'];
const filters = args.filter((a, i) => !a.startsWith('--') && !VALUED.includes(args[i - 1]));

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];

/** CPU/wall ratio of the main-thread task at each time (a busy machine deschedules the thread; the profiler bills that wait). */
function cpuShare(events) {
  const tasks = events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur > 0)
    .map((e) => ({
      pid: e.pid,
      tid: e.tid,
      ts: e.ts,
      end: e.ts + e.dur,
      share: Math.min(1, (e.tdur ?? e.dur) / e.dur),
    }))
    .sort((a, b) => a.ts - b.ts);
  return (pid, tid, ts) => {
    let lo = 0;
    let hi = tasks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tasks[mid].ts <= ts) lo = mid + 1;
      else hi = mid;
    }
    for (let j = lo - 1; j >= 0 && j > lo - 6; j--) {
      const t = tasks[j];
      if (t.pid === pid && t.tid === tid && ts < t.end) return t.share;
    }
    return 1;
  };
}

async function trace(side, url) {
  const page = await side.context.newPage();
  try {
    const cdp = await side.context.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'], recordMode: 'recordAsMuchAsPossible' },
      transferMode: 'ReportEvents',
    });
    const done = side.waitDone(page);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await done;
    await page.waitForTimeout(50);
    const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  } finally {
    await page.close();
  }
}

/** --tasks: the renderer's main-thread tasks over 30 ms, with the trace events inside them by name. */
function longTasks(events, prefix) {
  // Our innermost function at each sample time, for naming what a long task of ours spent its time on.
  const ourSamples = [];
  for (const p of readProfiles(events).values()) {
    let t = p.start;
    const times = p.deltas.map((d) => (t += d));
    for (let i = 0; i < p.samples.length; i++) {
      for (
        let node = p.nodes.get(p.samples[i]);
        node;
        node = node.parent !== undefined ? p.nodes.get(node.parent) : undefined
      ) {
        if (!(node.callFrame.url ?? '').startsWith(prefix)) continue;
        const dt = (times[i + 1] ?? times[i]) - times[i];
        ourSamples.push({ ts: times[i], dt, name: node.callFrame.functionName || '(anonymous)' });
        break;
      }
    }
  }
  const main = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter(
    (e) => e.name === 'RunTask' && e.ph === 'X' && e.dur > 30_000 && main.has(`${e.pid}:${e.tid}`),
  );
  return tasks
    .map((t) => {
      const inside = new Map();
      for (const e of events) {
        if (e.ph !== 'X' || e === t || e.pid !== t.pid || e.tid !== t.tid || e.ts < t.ts || e.ts + e.dur > t.ts + t.dur)
          continue;
        const key =
          e.name === 'FunctionCall' || e.name === 'EvaluateScript'
            ? `${e.name} ${(e.args?.data?.url ?? '').slice(-30)}`
            : e.name;
        inside.set(key, (inside.get(key) ?? 0) + e.dur);
      }
      const top = [...inside]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`);
      const ours = new Map();
      for (const s of ourSamples)
        if (s.ts >= t.ts && s.ts < t.ts + t.dur) ours.set(s.name, (ours.get(s.name) ?? 0) + s.dt);
      const oursTop = [...ours]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`);
      return `  task ${(t.dur / 1000).toFixed(1)} ms (cpu ${((t.tdur ?? t.dur) / 1000).toFixed(1)}): ${top.join(' | ')}${oursTop.length ? `\n      ours: ${oursTop.join(' | ')}` : ''}`;
    })
    .join('\n');
}

/** Adds this load's samples of ours to the two tallies (ms). */
function tally(events, prefix, inner, leaf, focus = { ms: 0 }) {
  const profiles = readProfiles(events);
  let total = 0;
  const share = cpuShare(events);
  for (const p of profiles.values()) {
    let t = p.start;
    const times = p.deltas.map((d) => (t += d));
    const name = (n) =>
      `${n.callFrame.functionName || '(anonymous)'}${(n.callFrame.url ?? '').startsWith(prefix) ? ` ${n.callFrame.url.slice(prefix.length).replace(/\.js$/, '')}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}` : ''}`;
    for (let i = 0; i < p.samples.length; i++) {
      const dt = (((times[i + 1] ?? times[i]) - times[i]) / 1000) * share(p.pid, p.tid, times[i]);
      let node = p.nodes.get(p.samples[i]);
      const leafNode = node;
      let ours = null;
      let outer = null;
      let inFocus = false;
      for (; node; node = node.parent !== undefined ? p.nodes.get(node.parent) : undefined) {
        if (!(node.callFrame.url ?? '').startsWith(prefix)) continue;
        ours ??= node;
        outer = node;
        inFocus ||= FOCUS.has(node.callFrame.functionName);
      }
      if (!ours) continue;
      if (UNDER && !name(outer).startsWith(`${UNDER}:`)) continue;
      total += dt;
      if (inFocus) focus.ms += dt;
      const a = name(ours);
      const phase = OUTER ? name(outer) : a;
      inner.set(phase, (inner.get(phase) ?? 0) + dt);
      const b = (leafNode === ours ? '(self)' : name(leafNode).slice(0, 60)) + (PAIRS ? ` <- ${a}` : '');
      leaf.set(b, (leaf.get(b) ?? 0) + dt);
    }
  }
  return total;
}

const top = (map, loads) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP)
    .map(([k, v]) => `    ${(v / loads).toFixed(1).padStart(8)} ms  ${k}`)
    .join('\n');

async function main() {
  const names = namesByScript(join(REPO, 'data', 'topics.json'));
  // A corpus file named (e.g. readability/yahoo-2.html) is profiled as it is: a page without mentions.
  // A stress page (tests/browser/stress-pages.mjs) by its path, e.g. /stress/big.html?mb=20.
  const stressPaths = filters.filter((f) => f.startsWith('/stress/'));
  const corpusFiles = filters.filter((f) => f.endsWith('.html') && !f.startsWith('/stress/'));
  const pages = stressPaths.length
    ? stressPaths.map((path) => ({ name: path, html: stressHandler(new URL(path, 'http://x')).body }))
    : corpusFiles.length
      ? corpusFiles.map((file) => ({ name: file, html: serialize(corpusDocument(file)) }))
      : [...buildMentionPages(names, 1958), ...buildGrowthPages(names, 1958)].filter(
          (p) => !filters.length || filters.some((f) => p.name.includes(f)),
        );
  const served = new Map(pages.map((p, i) => [`/p/${i}.html`, p.html]));
  const server = await startServer({
    pageScripts: false,
    extraHandler: (url) => (served.has(url.pathname) ? { body: served.get(url.pathname) } : undefined),
  });
  const sides = await launchSides(EXTENSION);
  try {
    for (const [i, p] of pages.entries()) {
      const inner = new Map();
      const leaf = new Map();
      let total = 0;
      const focus = { ms: 0 };
      for (let n = 0; n < LOADS; n++) {
        const events = await trace(sides.ours, server.url(`/p/${i}.html`));
        total += tally(events, sides.ours.prefix, inner, leaf, focus);
        if (args.includes('--tasks')) console.log(longTasks(events, sides.ours.prefix));
      }
      console.log(
        `${p.name}: ours ${(total / LOADS).toFixed(1)} ms sampled (CPU: each sample scaled by its task's CPU/wall) per load, ${LOADS} loads`,
      );
      if (FOCUS.size)
        console.log(`  with ${[...FOCUS].join(' or ')} on the stack: ${(focus.ms / LOADS).toFixed(1)} ms per load`);
      console.log(`  by ${OUTER ? 'outermost' : 'innermost'} function of ours:\n${top(inner, LOADS)}`);
      console.log(`  by leaf:\n${top(leaf, LOADS)}`);
    }
  } finally {
    await sides.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

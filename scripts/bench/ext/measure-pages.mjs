// Loads every page `loads` times in each browser, ours and the floor taking turns (and swapping
// who goes first each round), so the machine's drift and other people's work hit both alike. Each
// browser keeps one trace running over all the loads of a page; each load is read from its window.
// A round's fresh tabs are opened ahead (both browsers at once, before the traces start) and a used
// tab closes while the other browser loads: only one browser does page work at any moment.
import { median } from '../stats.mjs';
import { phaseClock } from './phases.mjs';
import { attributeLoads, startTrace, tracedLoad } from './traced-load.mjs';

const SIDES = ['ours', 'floor'];

/** Extra traced rounds for loads left out (a cut profile, a failed load), so each side keeps its count. */
const MAX_ROUNDS = 3;
/** Pages of fewer loads (the corpus's tuning half: 1) share a trace up to this many loads per side. */
const LOADS_PER_TRACE = 5;

/**
 * @param {{ ours: object, floor: object }} sides from launchSides()
 * @param {{ name: string, url: string, loads: number }[]} pages
 * @returns {Promise<object[]>} per page: its fields plus ours/floor load lists and failures
 */
export async function measurePages(sides, pages, { progress = () => {}, label = '', clock = phaseClock() } = {}) {
  const out = [];
  for (const batch of batches(pages)) {
    const loads = batch.map(() => ({ ours: [], floor: [] }));
    const failures = batch.map(() => []);
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const todo = batch
        .map((page, i) => ({ i, url: page.url, count: Math.max(...SIDES.map((w) => page.loads - loads[i][w].length)) }))
        .filter((t) => t.count > 0);
      if (todo.length === 0) break;
      for (const { i, who, load } of await tracedRound(sides, todo, failures, clock)) loads[i][who].push(load);
    }
    for (const [i, page] of batch.entries()) {
      out.push({ ...page, ...summarizeLoads(loads[i]), failures: failures[i] });
      progress(
        `${label}${out.length}/${pages.length} ${page.name}: ours ${out.at(-1).ours.ms.toFixed(1)} ms, floor ${out.at(-1).floor.ms.toFixed(1)} ms`,
      );
    }
  }
  return out;
}

/** Consecutive pages grouped so a trace holds at least LOADS_PER_TRACE loads per side (one page if it has as many). */
function batches(pages) {
  const out = [];
  let batch = [];
  let count = 0;
  for (const page of pages) {
    batch.push(page);
    count += page.loads;
    if (count >= LOADS_PER_TRACE) {
      out.push(batch);
      batch = [];
      count = 0;
    }
  }
  if (batch.length > 0) out.push(batch);
  return out;
}

/**
 * Each page's `count` loads per side under one trace per side, ours and the floor taking turns.
 * @returns {Promise<{ i: number, who: string, load: object }[]>} what each side's trace says of them
 */
async function tracedRound(sides, todo, failures, clock) {
  const runs = { ours: [], floor: [] };
  const loads = todo.reduce((sum, t) => sum + t.count, 0);
  // Every tab of the round opened ahead, both browsers at once, before the traces start: nothing is
  // measured then, and each load still gets a fresh tab that has shown nothing.
  const tabs = await clock.time('open the round’s tabs ahead', () => openTabs(sides, loads));
  const traces = {};
  for (const who of SIDES) traces[who] = await clock.time('trace: start', () => startTrace(sides[who]));
  // A used tab's closing runs on while the other browser loads (its renderer's exit is not page work);
  // all are closed before the traces stop (a renderer closing then can hold up the trace's end).
  const closing = [];
  for (const { i, url, count } of todo) {
    for (let k = 0; k < count; k++) {
      for (const who of k % 2 ? ['floor', 'ours'] : ['ours', 'floor']) {
        try {
          const tab = tabs[who].shift();
          runs[who].push({ i, ...(await tracedLoad(sides[who], traces[who], url, { clock, tab, closing })) });
        } catch (error) {
          failures[i].push(`${who}: ${String(error?.message ?? error).split('\n')[0]}`);
        }
      }
    }
  }
  await clock.time('wait for the tabs to close', () =>
    Promise.all([...closing, ...SIDES.flatMap((who) => tabs[who].map((t) => t?.close().catch(() => undefined)))]),
  );
  const read = [];
  await clock.time('trace: stop, transfer, parse', () =>
    Promise.all(
      SIDES.map(async (who) => {
        try {
          const stopped = await clock.time(`· stop + transfer (${who})`, () => traces[who].stop());
          const loads = await clock.time('· parse + attribute', () =>
            attributeLoads(stopped, sides[who].prefix, runs[who]),
          );
          for (const [k, { i, cut, ...load }] of loads.entries()) {
            if (cut)
              failures[i].push(`${who}: its page's CPU profile ended before the extension was done (load redone)`);
            else read.push({ i, who, load, order: k });
          }
        } catch (error) {
          for (const { i } of todo)
            failures[i].push(`${who} (a trace): ${String(error?.message ?? error).split('\n')[0]}`);
        }
      }),
    ),
  );
  return read.sort((a, b) => a.order - b.order);
}

/** `count` fresh tabs in each browser, all opened at once (a tab that failed to open is opened by its load). */
async function openTabs(sides, count) {
  const entries = await Promise.all(
    SIDES.map(async (who) => [
      who,
      await Promise.all(Array.from({ length: count }, () => sides[who].context.newPage().catch(() => undefined))),
    ]),
  );
  return Object.fromEntries(entries);
}

/** Medians over the loads of one page, for each side; the ratio of the medians. */
export function summarizeLoads(loads) {
  const side = (list) => ({
    loads: list.length,
    ms: median(list.map((l) => l.ms)),
    samples: list.map((l) => Number(l.ms.toFixed(1))),
    wallMs: median(list.map((l) => l.wallMs)),
    loadMs: median(list.map((l) => l.loadMs)),
    longestTaskWall: median(list.map((l) => l.longestTaskWall)),
    longestTask: median(list.map((l) => l.longestTask)),
    longestTaskMax: Math.max(0, ...list.map((l) => l.longestTask)),
    ourLongestSlice: median(list.map((l) => l.ourLongestSlice)),
    frames: median(list.map((l) => l.evaluations.length)),
    evaluationMs: median(
      list.map((l) => l.evaluations.reduce((s, e) => s + e.ms, 0) / Math.max(1, l.evaluations.length)),
    ),
    found: list[0]?.found ?? {},
  });
  const ours = side(loads.ours);
  const floor = side(loads.floor);
  return { ours, floor, ratio: ours.ms / floor.ms };
}

// Loads every page `loads` times in each browser, ours and the floor taking turns (and swapping
// who goes first each round), so the machine's drift and other people's work hit both alike. Each
// browser keeps one trace running over all the loads of a page; each load is read from its window.
import { median } from '../stats.mjs';
import { attributeLoads, startTrace, tracedLoad } from './traced-load.mjs';

const SIDES = ['ours', 'floor'];

/** Extra traced rounds for loads left out (a cut profile, a failed load), so each side keeps its count. */
const MAX_ROUNDS = 3;

/**
 * @param {{ ours: object, floor: object }} sides from launchSides()
 * @param {{ name: string, url: string, loads: number }[]} pages
 * @returns {Promise<object[]>} per page: its fields plus ours/floor load lists and failures
 */
export async function measurePages(sides, pages, { progress = () => {}, label = '' } = {}) {
  const out = [];
  for (const [n, page] of pages.entries()) {
    const loads = { ours: [], floor: [] };
    const failures = [];
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const missing = Math.max(...SIDES.map((who) => page.loads - loads[who].length));
      if (missing <= 0) break;
      const read = await tracedRound(sides, page.url, missing, failures);
      for (const who of SIDES) loads[who].push(...read[who]);
    }
    out.push({ ...page, ...summarizeLoads(loads), failures });
    progress(
      `${label}${n + 1}/${pages.length} ${page.name}: ours ${out.at(-1).ours.ms.toFixed(1)} ms, floor ${out.at(-1).floor.ms.toFixed(1)} ms`,
    );
  }
  return out;
}

/** `count` loads per side under one trace per side, taking turns; what each side's trace says of them. */
async function tracedRound(sides, url, count, failures) {
  const runs = { ours: [], floor: [] };
  const traces = {};
  for (const who of SIDES) traces[who] = await startTrace(sides[who]);
  for (let i = 0; i < count; i++) {
    for (const who of i % 2 ? ['floor', 'ours'] : ['ours', 'floor']) {
      try {
        runs[who].push(await tracedLoad(sides[who], traces[who], url));
      } catch (error) {
        failures.push(`${who}: ${String(error?.message ?? error).split('\n')[0]}`);
      }
    }
  }
  const read = { ours: [], floor: [] };
  await Promise.all(
    SIDES.map(async (who) => {
      try {
        for (const l of attributeLoads(await traces[who].stop(), sides[who].prefix, runs[who])) {
          if (l.cut) failures.push(`${who}: its page's CPU profile ended before the extension was done (load redone)`);
          else read[who].push(l);
        }
      } catch (error) {
        failures.push(`${who} (all loads of a trace): ${String(error?.message ?? error).split('\n')[0]}`);
      }
    }),
  );
  return read;
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

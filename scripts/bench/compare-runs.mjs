// Two fair-bench results side by side (out/bench/results.json of each run), page by page: the floor's
// and our medians and the ratio in each, and how the ratio moved. For checking a change to the harness
// on one build (old and new harness back to back): the moves should look like two runs of the same one.
// Usage: node scripts/bench/compare-runs.mjs OLD.json NEW.json
import { readFileSync } from 'node:fs';
import { median } from './stats.mjs';

/**
 * @param {{ mentionPages: object[], growth: object[], corpus: object[] }} before the `fair` part of a result
 * @param {{ mentionPages: object[], growth: object[], corpus: object[] }} after
 * @returns {{ rows: { name: string, before: object, after: object, move: number }[], medianMove: number }}
 *   move: after's ratio / before's − 1, for the pages both measured
 */
export function comparePages(before, after) {
  const pages = (fair) => [...fair.mentionPages, ...fair.growth, ...fair.corpus];
  const old = new Map(pages(before).map((p) => [p.name, p]));
  const rows = [];
  for (const p of pages(after)) {
    const o = old.get(p.name);
    if (!o || !Number.isFinite(o.ratio) || !Number.isFinite(p.ratio)) continue;
    rows.push({ name: p.name, before: o, after: p, move: p.ratio / o.ratio - 1 });
  }
  return { rows, medianMove: median(rows.map((r) => r.move)) };
}

function main([oldFile, newFile]) {
  const read = (f) => JSON.parse(readFileSync(f, 'utf8')).fair;
  const { rows, medianMove } = comparePages(read(oldFile), read(newFile));
  const f = (x) => x.toFixed(1);
  console.log(`${'page'.padEnd(42)} ${'floor'.padStart(13)} ${'ours'.padStart(15)} ${'ratio'.padStart(11)}   move`);
  for (const { name, before: o, after: p, move } of rows)
    console.log(
      `${name.slice(0, 41).padEnd(42)} ${`${f(o.floor.ms)}/${f(p.floor.ms)}`.padStart(13)} ${`${f(o.ours.ms)}/${f(p.ours.ms)}`.padStart(15)} ${`${o.ratio.toFixed(2)}/${p.ratio.toFixed(2)}`.padStart(11)} ${`${(100 * move).toFixed(0)}%`.padStart(6)}`,
    );
  console.log(`${rows.length} pages; median move of the ratio ${(100 * medianMove).toFixed(1)}%`);
}

if (process.argv[1]?.endsWith('compare-runs.mjs')) main(process.argv.slice(2));

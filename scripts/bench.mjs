// npm run bench: what our extension costs in a real browser, against baselines that do not use our code.
// 1. The fair floor (scripts/bench/ext/): our built extension and a fair-floor extension, each in the same
//    headless Chromium, on pages with mentions (real corpus prose with names inserted), a growth series
//    of generated prose pages (1–8 MB) and the 77-page no-mention corpus (by halves); the extension's whole
//    main-thread cost is read from each load's span of one trace per page and side. Targets PASS/FAIL.
// 2. The own-pattern part (scripts/bench/page/): on the 1 MB page, our scan timed from inside the page
//    next to a walk with our OWN compiled patterns, mark.js, wrap mode, appended paragraphs and clearing.
// Pages are served on 127.0.0.1 with their own scripts blocked (CSP); nothing leaves the machine.
// Exits 0 whether targets pass or not; non-zero only if the bench itself failed.
// --quick: only part 2's floor and scan+paint on the 1 MB page; --fair: only part 1; --loads N, --pages REGEX:
// trial runs (fewer loads, fewer pages); --tuning-half: the corpus's tuning half too (one load per side).
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { REPO } from '../tests/browser/server.mjs';
import { runFairBench } from './bench/ext/fair-bench.mjs';
import { formatFair } from './bench/ext/fair-report.mjs';
import { formatPhases } from './bench/ext/phases.mjs';
import { runOwnPattern } from './bench/own-pattern.mjs';
import { formatReport } from './bench/report.mjs';
import { checkTargets } from './bench/targets.mjs';

/** Loads per side and page (targets are medians of these). */
const LOADS = 5;
/**
 * The tuning half of the no-mention corpus is what the prefilter was tuned on: no target reads it, so
 * the bench measures only the validating half unless asked (--tuning-half: one load per side there,
 * indicative only; about a minute more). 2 × 77 × 5 traced loads would take the bench well past
 * 10 minutes on 2 cores.
 */
const CORPUS_TUNE_LOADS = process.argv.includes('--tuning-half') ? 1 : 0;
const QUICK = process.argv.includes('--quick');
/** --loads N: fewer loads for a trial run of the harness (its figures are not the bench's). */
const LOADS_ARG = Number(process.argv[process.argv.indexOf('--loads') + 1]) || 0;
/** --extension DIR: measure another build of ours (before/after a change); --no-corpus, --corpus-only: trial runs of one part. */
const EXTENSION_ARG = process.argv.includes('--extension')
  ? process.argv[process.argv.indexOf('--extension') + 1]
  : undefined;
const SKIP_CORPUS = process.argv.includes('--no-corpus');
const CORPUS_ONLY = process.argv.includes('--corpus-only');
const FAIR_ONLY = process.argv.includes('--fair');
/** --pages REGEX: a trial run on the pages (mention, growth, corpus) whose name matches. */
const PAGES_ARG = process.argv.includes('--pages')
  ? new RegExp(process.argv[process.argv.indexOf('--pages') + 1])
  : undefined;

const progress = (msg) => process.stderr.write(`${msg}\n`);

async function main() {
  const started = Date.now();
  const loadBefore = loadavg()[0];
  const out = {};
  if (!QUICK)
    out.fair = await runFairBench({
      loads: LOADS_ARG || LOADS,
      corpusLoads: CORPUS_TUNE_LOADS && (LOADS_ARG || CORPUS_TUNE_LOADS),
      progress,
      extensionDir: EXTENSION_ARG,
      skipCorpus: SKIP_CORPUS,
      corpusOnly: CORPUS_ONLY,
      pageFilter: PAGES_ARG,
    });
  if (out.fair)
    progress(`fair part, where the wall time went:\n${formatPhases(out.fair.phases.steps, out.fair.phases.totalMs)}`);
  const fairSeconds = (Date.now() - started) / 1000;
  if (!FAIR_ONLY) out.own = await runOwnPattern({ quick: QUICK, loads: LOADS_ARG || (QUICK ? 11 : LOADS), progress });
  if (QUICK) return printQuick(out.own);
  const seconds = (Date.now() - started) / 1000;
  const machine = {
    cores: cpus().length,
    loadAverage: { before: loadBefore, after: loadavg()[0] },
    seconds,
    fairSeconds,
    date: new Date().toISOString(),
  };
  const busy = Math.max(machine.loadAverage.before, machine.loadAverage.after) > machine.cores;
  const lines = [formatFair(out.fair)];
  if (out.own) {
    out.own.targets = checkTargets(out.own.page.summary);
    lines.push('', formatReport({ ...out.own.meta, seconds }, [out.own.page], out.own.targets));
  }
  lines.push(
    '',
    `${seconds.toFixed(0)} s in all (${fairSeconds.toFixed(0)} s fair part); load average ${machine.loadAverage.before.toFixed(1)} → ${machine.loadAverage.after.toFixed(1)} on ${machine.cores} cores.`,
    ...(busy ? ['WARNING: the machine was busy with other work during this run; expect noisy figures.'] : []),
  );
  console.log(lines.join('\n'));
  const outDir = join(REPO, 'out', 'bench');
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'results.json'), `${JSON.stringify({ machine, ...out }, null, 2)}\n`);
  progress(`wrote out/bench/results.json (${seconds.toFixed(0)} s)`);
}

/** The --quick run's figures: no table, no targets file (a full run writes those). */
function printQuick({ page: { file, summary: s }, meta }) {
  const r = (x) => (Number.isFinite(x) ? x.toFixed(2) : '–');
  console.log(
    `${file}, medians of ${meta.loadsPerMethod} loads (quick run: not a full bench; own-pattern floor, not the fair one)`,
  );
  console.log(
    `own-pattern floor ${r(s.floor?.script)} ms; scan+paint ${r(s.paint?.script)} ms = ${r(s.paint?.script / s.floor?.script)}× floor; mentions ${s.paint?.mentions}`,
  );
  console.log(`  samples: floor ${s.floor?.samples?.join(' ')}; paint ${s.paint?.samples?.join(' ')}`);
  console.log(
    `append rescan: first ${r(s.append?.ms)} ms (samples ${s.append?.samples?.join(' ')}), next ${r(s.append?.next)} ms, ${r(s.append?.withStyle)} ms with the style pass forced; via observer ${r(s.appendObserver?.rescan)} ms; clear ${r(s.clearPaint?.script)} ms`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});

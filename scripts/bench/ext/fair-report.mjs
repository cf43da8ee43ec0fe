// The fair comparison's printed part: pages with mentions, the growth series, the no-mention corpus
// by halves, and the targets (PASS/FAIL; the bench reports, it does not fail on them).
import { median, percentile } from '../stats.mjs';

const ms = (x) => (!Number.isFinite(x) ? '–' : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const times = (x) => (!Number.isFinite(x) ? '–' : `${x.toFixed(2)}×`);
const pad = (s, n) => (String(s).length >= n ? String(s) : String(s) + ' '.repeat(n - String(s).length));
const lpad = (s, n) => (String(s).length >= n ? String(s) : ' '.repeat(n - String(s).length) + String(s));
const row = (cells, widths) => cells.map((c, i) => (i === 0 ? pad(c, widths[0]) : lpad(c, widths[i]))).join(' ');

function pageTable(pages) {
  const w = [38, 8, 9, 9, 12, 9, 9, 7, 12, 10];
  const lines = [
    row(['page', 'script', 'half', 'size', 'found o/f', 'floor', 'ours', 'ratio', 'task o/f', 'eval/frame'], w),
  ];
  for (const p of pages) {
    lines.push(
      row(
        [
          p.name,
          p.script,
          p.half ?? '',
          `${(p.bytes / 1e6).toFixed(2)} MB`,
          `${p.ours.found.mentions ?? '–'}/${p.floor.found.hits ?? '–'}`,
          ms(p.floor.ms),
          ms(p.ours.ms),
          times(p.ratio),
          `${ms(p.ours.longestTask)}/${ms(p.floor.longestTask)}`,
          `${ms(p.ours.evaluationMs)}×${p.ours.frames}`,
        ],
        w,
      ),
    );
  }
  return lines.join('\n');
}

function corpusPart(name, pages) {
  const ratios = pages.map((p) => p.ratio);
  return {
    name,
    pages: pages.length,
    ratio: { median: median(ratios), p90: percentile(ratios, 90), max: Math.max(...ratios) },
    floor: median(pages.map((p) => p.floor.ms)),
    ours: median(pages.map((p) => p.ours.ms)),
    evaluation: median(pages.map((p) => p.ours.evaluationMs)),
    withMentions: pages.filter((p) => (p.ours.found.mentions ?? 0) > 0).length,
    longestTask: Math.max(0, ...pages.map((p) => p.ours.longestTask)),
    worst: [...pages]
      .sort((a, b) => b.ratio - a.ratio)
      .slice(0, 5)
      .map((p) => `${p.name} ${ms(p.ours.ms)}/${ms(p.floor.ms)}`),
  };
}

export function summarizeCorpusHalves(corpus) {
  return {
    all: corpusPart('all pages', corpus),
    tune: corpusPart(
      'tuning half',
      corpus.filter((p) => p.half === 'tune'),
    ),
    validate: corpusPart(
      'validating half',
      corpus.filter((p) => p.half === 'validate'),
    ),
  };
}

function corpusLines(halves) {
  const lines = [];
  for (const part of [halves.all, halves.tune, halves.validate]) {
    // Without the tuning half, "all pages" is the validating half again.
    if (part === halves.all && halves.tune.pages === 0) continue;
    if (part === halves.tune && part.pages === 0) {
      lines.push(
        `  ${pad('tuning half (0)', 22)} not measured (npm run bench -- --tuning-half: one load per side there)`,
      );
      continue;
    }
    lines.push(
      `  ${pad(`${part.name} (${part.pages})`, 22)} ours/floor per page: median ${times(part.ratio.median)}, p90 ${times(part.ratio.p90)}, max ${times(part.ratio.max)};` +
        ` floor median ${ms(part.floor)} ms, ours ${ms(part.ours)} ms; pages with (false) mentions ${part.withMentions}`,
    );
  }
  lines.push(`  highest ratios: ${halves.all.worst.join(', ')}`);
  return lines.join('\n');
}

/**
 * @param {number} loads loads per side the targets are medians of: pages measured fewer times (the
 *   corpus's tuning half, one load with --tuning-half) are indicative only and read by no target
 */
export function fairTargets(mentionPages, growth, halves, corpus, loads) {
  const t = (name, value, limit, pass) => ({
    name,
    value: Number.isFinite(value) ? Number(value.toFixed(3)) : value,
    limit,
    pass,
  });
  const out = [];
  out.push(
    t(
      'no-mention corpus, validating half: median ours/floor',
      halves.validate.ratio.median,
      '≤ 1.2×',
      halves.validate.ratio.median <= 1.2,
    ),
  );
  for (const p of mentionPages) out.push(t(`mentions: ${p.name}`, p.ratio, '≤ 1.5×', p.ratio <= 1.5));
  for (const p of growth) out.push(t(`growth: ${p.name}`, p.ratio, '≤ 1.5×', p.ratio <= 1.5));
  const g4 = growth.find((p) => p.mb === 4);
  const g8 = growth.find((p) => p.mb === 8);
  if (g4 && g8)
    out.push(
      t('growth: ours at 8 MB / ours at 4 MB', g8.ours.ms / g4.ours.ms, '≤ 2.2×', g8.ours.ms / g4.ours.ms <= 2.2),
    );
  const all = [...mentionPages, ...growth, ...corpus].filter((p) => p.loads >= loads);
  const worst = all.reduce((a, b) => (b.ours.longestTask > (a?.ours.longestTask ?? -1) ? b : a), null);
  out.push(
    t(
      `longest task of ours, any page (median of loads; ${worst?.name})`,
      worst?.ours.longestTask ?? NaN,
      '≤ 50 ms',
      (worst?.ours.longestTask ?? 0) <= 50,
    ),
  );
  return out;
}

export function formatFair({ meta, mentionPages, growth, halves, targets }) {
  const g = growth.map((p) => ({ ...p }));
  const growthLines = [
    row(['size', 'floor', 'ours', 'ratio', 'ours/MB', 'floor/MB', 'task o/f', 'mentions'], [10, 9, 9, 7, 9, 9, 12, 9]),
  ];
  for (const p of g) {
    growthLines.push(
      row(
        [
          `${p.mb} MB`,
          ms(p.floor.ms),
          ms(p.ours.ms),
          times(p.ratio),
          ms(p.ours.ms / p.mb),
          ms(p.floor.ms / p.mb),
          `${ms(p.ours.longestTask)}/${ms(p.floor.longestTask)}`,
          `${p.ours.found.mentions ?? '–'}/${p.floor.found.hits ?? '–'}`,
        ],
        [10, 9, 9, 7, 9, 9, 12, 9],
      ),
    );
  }
  const evals = [...mentionPages, ...growth].map((p) => p.ours.evaluationMs);
  return [
    `FAIR FLOOR — Chromium ${meta.chromium}, headless, two browsers (same binary and flags): one with our built extension, one`,
    `with the fair-floor extension (one TreeWalker pass over the body's text nodes, script/style/noscript/template text skipped,`,
    `ONE case-insensitive Unicode regex /…/giu of all ${meta.names} names in data/topics.json, escaped, longest first; no writes).`,
    `Cost = the extension's whole main-thread time in the page; each load is a fresh tab, read from its own span of one trace`,
    `per page and side (page main threads only; a load whose profile was cut short is redone): its content-script`,
    `evaluations (compile + run, per frame) + every CPU-profile sample with one of its functions on the stack (the DOM, regex`,
    `and layout work it calls included; GC charged to whoever ran before it), in CPU time: each sample is scaled by its task's`,
    `CPU/wall ratio, since on a shared machine the profiler bills descheduled time to whatever was on the stack (wall-time`,
    `figures are in results.json). Median of ${meta.loads} loads per side${meta.corpusLoads ? ` (${meta.corpusLoads} on the tuning half of the corpus, read by no target)` : ''},`,
    `ours and the floor interleaved. "task o/f": longest main-thread task (CPU ms) each is answerable for, median of loads.`,
    `found o/f: our mentions (after the ambiguity rule) / the floor's regex hits.`,
    '',
    'Pages with mentions (real corpus pages, validating half, names of their script inserted in their prose):',
    pageTable(mentionPages),
    '',
    `Growth: generated prose (corpus paragraphs, English with Chinese and Russian among them), one name per ~4,000 characters:`,
    growthLines.join('\n'),
    `  ours 8 MB / 4 MB: ${times(g.at(-1)?.ours.ms / g.at(-2)?.ours.ms)}; floor 8 MB / 4 MB: ${times(g.at(-1)?.floor.ms / g.at(-2)?.floor.ms)}`,
    '',
    `No-mention corpus (${halves.all.pages} pages, nothing inserted; split by tests/browser/corpus-split.mjs):`,
    corpusLines(halves),
    '',
    `Content-script evaluation per frame (compile + run of content.js): median ${ms(median(evals))} ms over the bench pages,` +
      ` ${ms(halves.all.evaluation)} ms on the corpus.`,
    '',
    'Targets (fair floor):',
    ...targets.map((x) => `  ${x.pass ? 'PASS' : 'FAIL'}  ${pad(x.name, 70)} ${lpad(x.value, 9)}  (target ${x.limit})`),
  ].join('\n');
}

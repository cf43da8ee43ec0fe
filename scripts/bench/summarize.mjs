// Turns the raw per-load samples into medians per page, and the corpus part into per-page ratios.
import { median, medianOf, percentile } from './stats.mjs';

const FIELDS = {
  floor: ['script', 'textNodes', 'hits'],
  paint: ['script', 'wall', 'slices', 'register', 'frame', 'firstFrame', 'mentions'],
  wrap: ['script', 'wall', 'slices', 'register', 'frame', 'firstFrame', 'mentions'],
  clearPaint: ['script', 'frame', 'leftover'],
  clearWrap: ['script', 'frame', 'leftover'],
  markRegExp: ['script', 'frame', 'marks'],
  markPerAlias: ['script', 'sampled', 'perCall', 'extrapolated', 'marks'],
  append: ['ms', 'next', 'withStyle', 'found'],
  appendObserver: ['wall', 'rescan', 'found'],
};

/** @param {object[]} loads every scenario result of one page, merged keys (floor, paint, …) */
export function summarizePage(loads) {
  const out = {};
  for (const [key, fields] of Object.entries(FIELDS)) {
    const samples = loads.map((l) => l[key]).filter(Boolean);
    if (!samples.length) continue;
    out[key] = { loads: samples.length };
    for (const f of fields) out[key][f] = medianOf(samples, (s) => s[f]);
    if ('script' in samples[0]) out[key].samples = samples.map((s) => round(s.script));
    if ('ms' in samples[0]) out[key].samples = samples.map((s) => round(s.ms));
  }
  return out;
}

/** Per page: median script ms of the floor and of ours, their ratio; then median and p90 over pages. */
export function summarizeCorpus(perPage) {
  const pages = perPage.map(({ file, bytes, loads }) => {
    const floor = medianOf(loads.filter((l) => l.floor), (l) => l.floor.script);
    const ours = medianOf(loads.filter((l) => l.ours), (l) => l.ours.script);
    const mentions = Math.max(0, ...loads.filter((l) => l.ours).map((l) => l.ours.mentions));
    const slices = medianOf(loads.filter((l) => l.ours), (l) => l.ours.slices);
    return { file, bytes, floor: round(floor), ours: round(ours), ratio: round(ours / floor), mentions, scanned: slices > 0 };
  });
  const ratios = pages.map((p) => p.ratio);
  return {
    pages,
    ratio: { median: round(median(ratios)), p90: round(percentile(ratios, 90)), max: round(Math.max(...ratios)) },
    floor: { median: round(median(pages.map((p) => p.floor))), p90: round(percentile(pages.map((p) => p.floor), 90)) },
    ours: { median: round(median(pages.map((p) => p.ours))), p90: round(percentile(pages.map((p) => p.ours), 90)) },
    pagesWithMentions: pages.filter((p) => p.mentions > 0).length,
    pagesWalked: pages.filter((p) => p.scanned).length,
  };
}

export const round = (x, digits = 3) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : x);

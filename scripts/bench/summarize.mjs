// Turns the raw per-load samples of the own-pattern part into medians per page.
import { medianOf } from './stats.mjs';

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

export const round = (x, digits = 3) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : x);

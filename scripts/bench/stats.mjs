// Order statistics for a handful of samples (nearest rank: every value reported was measured or is a midpoint).

export function median(values) {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

export function percentile(values, p) {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!v.length) return NaN;
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))];
}

/** Median of one field across the loads of a page; undefined fields are skipped. */
export const medianOf = (samples, pick) => median(samples.map(pick).filter((x) => x !== undefined));

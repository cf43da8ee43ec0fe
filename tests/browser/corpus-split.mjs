// The corpus split in two fixed halves, so what is tuned (the prefilter's everyday-word list, its
// thresholds) is tuned on one half and checked on the other. The rule depends on nothing but the file
// name: the first byte of its SHA-1, even → "tune", odd → "validate" (37 / 40 of the 77 pages).
import { createHash } from 'node:crypto';

/** @param {string} file a corpus path as manifest.json names it, e.g. "readability/wikipedia-2.html" */
export function corpusHalf(file) {
  const first = createHash('sha1').update(file).digest()[0] ?? 0;
  return first % 2 === 0 ? 'tune' : 'validate';
}

/** @template {{ file: string }} T @param {T[]} pages @returns {{ tune: T[], validate: T[] }} */
export function splitCorpus(pages) {
  return {
    tune: pages.filter((p) => corpusHalf(p.file) === 'tune'),
    validate: pages.filter((p) => corpusHalf(p.file) === 'validate'),
  };
}

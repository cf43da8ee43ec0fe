/**
 * The n-grams of the paraphrase check: every run of 8 English words, or 12 Han characters, of a text,
 * each hashed so the repository keeps a fingerprint of the sources instead of their wording.
 * scripts/paraphrase-hashes.mjs hashes the sources with these; tests/unit/paraphrase hashes the data.
 */
import { createHash } from 'node:crypto';

export const WORD_RUN = 8;
export const HAN_RUN = 12;

/** Lower-case words, apostrophes folded, as the check compares them. */
export const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[’']/g, "'")
    .match(/[a-z0-9']+/g) ?? [];

/** Every run of WORD_RUN consecutive words, joined by single spaces. */
export function wordRuns(text: string): string[] {
  const w = words(text);
  const runs: string[] = [];
  for (let i = 0; i + WORD_RUN <= w.length; i++) runs.push(w.slice(i, i + WORD_RUN).join(' '));
  return runs;
}

/** Every run of HAN_RUN consecutive Han characters (other characters break a run). */
export function hanRuns(text: string): string[] {
  const runs: string[] = [];
  for (const han of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...han];
    for (let i = 0; i + HAN_RUN <= chars.length; i++) runs.push(chars.slice(i, i + HAN_RUN).join(''));
  }
  return runs;
}

/** 16 hex digits of SHA-256: 64 bits, far beyond collisions among a few thousand runs. */
export const hashRun = (run: string): string => createHash('sha256').update(run, 'utf8').digest('hex').slice(0, 16);

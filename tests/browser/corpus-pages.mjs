// The 77 real pages of ../shared/corpus (none mentions a topic), read from there, never copied.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from './server.mjs';

/** @returns {{ file: string, bytes: number }[]} largest first */
export function corpusPages() {
  const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8'));
  return manifest.files.map((f) => ({ file: f.file, bytes: f.bytes })).sort((a, b) => b.bytes - a.bytes);
}

// Truth in content: no sentence of the abstract or the fact sheet goes into the data word for word.
// Every run of 8 English words, or 12 Chinese characters, of those sources is searched for in the data's
// prose (what the paper argues, what it rejects, other readings, summaries, what evidence shows). Names
// and document titles are exempt: a title must be given as it is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const SOURCES = ['paper-abstract.txt', 'facts.md'].map((f) => readFileSync(join(ROOT, '..', 'shared', 'research', f), 'utf8'));
const DATA = ['theses', 'topics', 'evidence', 'paper'].map((f) => JSON.parse(readFileSync(join(ROOT, 'data', `${f}.json`), 'utf8')) as unknown);
const PROSE_KEYS = new Set(['paper', 'rejects', 'otherReadings', 'summary', 'bearing', 'shows', 'basis']);

const words = (s: string): string[] => s.toLowerCase().replace(/[’']/g, "'").match(/[a-z0-9']+/g) ?? [];

/** Citations inside prose fields (an other reading's source and sources) name titles, which are exempt. */
const CITATION_KEYS = new Set(['source', 'sources']);

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) if (!CITATION_KEYS.has(key)) strings(v, out);
  }
  return out;
}

/** The prose fields of every entry (at any depth), with their nested strings. */
function prose(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => prose(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) PROSE_KEYS.has(key) ? strings(v, out) : prose(v, out);
  }
  return out;
}

const dataStrings = DATA.flatMap((file) => prose(file));
const dataWords = ` ${dataStrings.map((s) => words(s).join(' ')).join(' | ')} `;
const dataHan = dataStrings.join('|').replace(/[^\p{Script=Han}|]/gu, '');

describe('paraphrase', () => {
  it('no 8-word run of the sources appears in the data', () => {
    const copied = new Set<string>();
    for (const source of SOURCES) {
      const w = words(source);
      for (let i = 0; i + 8 <= w.length; i++) {
        const run = w.slice(i, i + 8).join(' ');
        if (dataWords.includes(` ${run} `)) copied.add(run);
      }
    }
    expect([...copied]).toEqual([]);
  });

  it('no 12-character run of Chinese from the sources appears in the data', () => {
    const copied = new Set<string>();
    for (const source of SOURCES) {
      for (const han of source.match(/\p{Script=Han}{12,}/gu) ?? []) {
        for (let i = 0; i + 12 <= han.length; i++) if (dataHan.includes(han.slice(i, i + 12))) copied.add(han.slice(i, i + 12));
      }
    }
    expect([...copied]).toEqual([]);
  });
});

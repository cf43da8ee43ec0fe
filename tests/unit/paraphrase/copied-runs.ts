// Finds which of the data's prose runs are in the committed hash list of the sources' runs.
import { hanRuns, hashRun, wordRuns } from '../../../src/build/source-ngrams';

export interface SourceHashes {
  words: string[];
  han: string[];
}

/** Prose fields of data entries: what the paper argues, rejects, other readings, summaries, what evidence shows. */
export const PROSE_KEYS = new Set(['paper', 'rejects', 'otherReadings', 'summary', 'bearing', 'shows', 'basis']);

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
export function prose(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => prose(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (PROSE_KEYS.has(key)) strings(v, out);
      else prose(v, out);
    }
  }
  return out;
}

/**
 * The runs of `texts` whose hash is in the list. Han runs are taken with everything but Han removed,
 * so punctuation slipped into a copied sentence does not hide it; runs never cross two strings.
 */
export function copiedRuns(texts: string[], hashes: SourceHashes): { words: string[]; han: string[] } {
  const wordSet = new Set(hashes.words);
  const hanSet = new Set(hashes.han);
  const words = texts.flatMap(wordRuns).filter((run) => wordSet.has(hashRun(run)));
  const han = texts
    .flatMap((t) => hanRuns(t.replace(/[^\p{Script=Han}]/gu, '')))
    .filter((run) => hanSet.has(hashRun(run)));
  return { words: [...new Set(words)], han: [...new Set(han)] };
}

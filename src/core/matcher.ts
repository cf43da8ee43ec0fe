/**
 * Page time: find topic mentions in raw text with the build's CompiledMatcher.
 * Nothing is compiled at load: the small prefilter regex is built on the first
 * mayMatch(), the full regex on the first find(), so a page with nothing to match never
 * pays for the full pattern (call mayMatch on the page text first).
 */
import { EntryKind, type Candidate, type CompiledMatcher } from './matcher-types';

export type { Candidate, CompiledMatcher } from './matcher-types';

export interface Matcher {
  /** False means find() would return nothing for this text; true means it may not. */
  mayMatch(text: string): boolean;
  /** Non-overlapping mentions in order; longest alias wins; `never` phrases are dropped. */
  find(text: string): Candidate[];
}

export function createMatcher(compiled: CompiledMatcher): Matcher {
  let prefilter: RegExp | undefined;
  let full: RegExp | undefined;
  const { entries, topics } = compiled;
  return {
    mayMatch(text) {
      prefilter ??= new RegExp(compiled.prefilter, compiled.prefilterFlags);
      return prefilter.test(text);
    },
    find(text) {
      full ??= new RegExp(compiled.source, compiled.flags);
      const re = full;
      const out: Candidate[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        // Exactly one empty group `()` participates: the one at the end of the matched alias.
        // Read it instead of re-folding the match: exact, and needs no tables at page time.
        let g = 1;
        while (g < m.length && m[g] === undefined) g++;
        const code = entries[g - 1];
        const topic = code === undefined ? undefined : topics[code >> 2];
        if (code === undefined || topic === undefined || (code & 3) === EntryKind.Blocker) continue;
        out.push({ topic, start: m.index, end: m.index + m[0].length, ambiguous: (code & 3) === EntryKind.Ambiguous });
      }
      return out;
    },
  };
}

/**
 * Page time: find topic mentions in raw text with the build's CompiledMatcher.
 * Nothing is compiled at load: the small prefilter regexes are built on the first
 * mayMatch(), the full patterns on the first find(), so a page where mayMatch() says no
 * never pays for the full patterns.
 */
import { EntryKind, type Candidate, type CompiledMatcher } from './matcher-types';
import { insideWord, plainText, RARE, shadowText } from './matcher-text';

export type { Candidate, CompiledMatcher } from './matcher-types';

export interface Matcher {
  /** False means find() returns nothing for this text (and for any part of it). */
  mayMatch(text: string): boolean;
  /** Non-overlapping mentions in order; longest alias wins; `never` phrases are dropped. */
  find(text: string): Candidate[];
}

interface Hit {
  start: number;
  end: number;
  code: number;
}

/** The leftmost match of `re` at or after `from` that does not start inside a word. */
function nextHit(re: RegExp, entries: readonly number[], text: string, from: number): Hit | null {
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (!insideWord(text, m.index)) {
      // Exactly one empty group `()` takes part: the one ending the matched alias. Reading it
      // is exact and needs no tables at page time (re-folding the match would need both).
      let g = 1;
      while (g < m.length && m[g] === undefined) g++;
      return { start: m.index, end: m.index + m[0].length, code: entries[g - 1] ?? 0 };
    }
    re.lastIndex = m.index + 1;
  }
  return null;
}

export function createMatcher(compiled: CompiledMatcher): Matcher {
  let prefilter: RegExp[] | undefined;
  let patterns: { re: RegExp; entries: number[] }[] | undefined;
  const { topics, flags } = compiled;

  /** Leftmost-longest over all patterns: each keeps its next hit; the earliest (then longest) wins. */
  function scan(text: string): Hit[] {
    patterns ??= compiled.patterns.map((p) => ({ re: new RegExp(p.source, flags), entries: p.entries }));
    const ps = patterns;
    const next = ps.map((p) => nextHit(p.re, p.entries, text, 0));
    const out: Hit[] = [];
    for (;;) {
      let best = -1;
      next.forEach((h, i) => {
        const b = next[best];
        if (h && (!b || h.start < b.start || (h.start === b.start && h.end > b.end))) best = i;
      });
      const hit = next[best];
      if (!hit) return out;
      out.push(hit);
      // Patterns whose next hit overlaps this one search again after it.
      next.forEach((h, i) => {
        const p = ps[i];
        if (h && p && h.start < hit.end) next[i] = nextHit(p.re, p.entries, text, hit.end);
      });
    }
  }

  return {
    mayMatch(text) {
      prefilter ??= compiled.prefilter.map((source) => new RegExp(source, flags.replace('g', '')));
      const plain = plainText(text);
      return prefilter.some((re) => re.test(plain));
    },
    find(text) {
      // Text with invisibles, combining marks or full-width letters is matched through a
      // shadow copy without them (matcher-text.ts); offsets map back exactly.
      const shadow = RARE.test(text) ? shadowText(text) : undefined;
      const out: Candidate[] = [];
      for (const h of scan(shadow ? shadow.text : text)) {
        const topic = topics[h.code >> 2];
        if (topic === undefined || (h.code & 3) === EntryKind.Blocker) continue;
        const start = shadow ? (shadow.starts[h.start] ?? h.start) : h.start;
        const end = shadow ? (shadow.ends[h.end - 1] ?? h.end) : h.end;
        out.push({ topic, start, end, ambiguous: (h.code & 3) === EntryKind.Ambiguous });
      }
      return out;
    },
  };
}

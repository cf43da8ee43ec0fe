/**
 * Build time: aliases (as unit sequences) emitted as regex tries. Latin/Cyrillic-final aliases are
 * followed by the word-end check; each script gets its own patterns, so a page without Cyrillic or
 * Chinese letters never compiles or scans theirs.
 */
import { emitBranches, insertUnits, newTrie } from './matcher-trie';
import type { CompiledPattern, PatternScript } from './matcher-types';
import { WORD_END, type Unit } from './matcher-units';
import { CJK_CLASS, CYRILLIC_CLASS } from './matcher-text';

export interface EmitItem {
  units: Unit[];
  code: number;
}

export const endsInWord = (units: readonly Unit[]): boolean => {
  const last = units[units.length - 1]?.type;
  return last === 'word' || last === 'end';
};

/**
 * V8 stops optimising a regex whose source is over 20 K characters (kRegExpTooLargeToOptimize)
 * and then scans many times slower, so the trie is spread over patterns below this size,
 * whole root branches at a time; matcher.ts merges their matches.
 */
export const MAX_PATTERN_CHARS = 18_000;

/**
 * Emit Latin/Cyrillic-final aliases (followed by the word-end check) and the others (CJK)
 * as tries, packed into patterns of at most MAX_PATTERN_CHARS; with captures, each pattern
 * lists the entry of each of its groups.
 */
export function emitPatterns(items: readonly EmitItem[], captures: boolean, max: number): CompiledPattern[] {
  return (['latin', 'cyrillic', 'cjk'] as const).flatMap((script) =>
    emitScript(
      items.filter((it) => scriptOf(it.units) === script),
      captures,
      max - SCRIPT_START[script].length,
    ).map((p) => ({
      script,
      ...p,
      source: SCRIPT_START[script] + p.source,
    })),
  );
}

/**
 * A cheap first-character test in front of the Cyrillic and Chinese tries. irregexp's
 * quick skip only tells Latin-1 characters apart, so without it the whole trie is tried at
 * every position of mostly Latin text; with it a 500 K-character page scans 2–3× faster.
 */
const SCRIPT_START: Record<PatternScript, string> = {
  latin: '',
  cyrillic: `(?=${CYRILLIC_CLASS})`,
  cjk: `(?=${CJK_CLASS})`,
};

/** The script of an alias's first letter (digits and punctuation count as Latin: always scanned). */
export function scriptOf(units: readonly Unit[]): PatternScript {
  const first = units[0];
  if (first?.type === 'cjk') return 'cjk';
  return first?.type === 'word' && /[а-яё]/.test(first.key) ? 'cyrillic' : 'latin';
}

export function emitScript(
  items: readonly EmitItem[],
  captures: boolean,
  max: number,
): Omit<CompiledPattern, 'script'>[] {
  const word = newTrie();
  const other = newTrie();
  for (const it of items) insertUnits(endsInWord(it.units) ? word : other, it.units, it.code);
  const budget = max - WORD_END.length - 8;
  const edges = [
    ...emitBranches(word, captures, budget).map((e) => ({ ...e, word: true })),
    ...emitBranches(other, captures, budget).map((e) => ({ ...e, word: false })),
  ];
  // First-fit decreasing; a branch larger than the limit gets a pattern of its own.
  const bins: (typeof edges)[] = [];
  const size = (bin: typeof edges): number => bin.reduce((n, e) => n + e.source.length + 1, WORD_END.length + 8);
  for (const e of [...edges].sort((a, b) => b.source.length - a.source.length)) {
    const bin = bins.find((b) => size(b) + e.source.length + 1 <= max);
    if (bin) bin.push(e);
    else bins.push([e]);
  }
  return bins.map((bin) => {
    const last = (es: typeof edges): typeof edges => [...es.filter((e) => !e.endOnly), ...es.filter((e) => e.endOnly)];
    const w = last(bin.filter((e) => e.word));
    const o = last(bin.filter((e) => !e.word));
    const alt = (es: typeof edges): string =>
      es.length === 1 ? (es[0]?.source ?? '') : `(?:${es.map((e) => e.source).join('|')})`;
    // The prefilter (no captures) skips the word-end check: it only says "maybe", and callers may
    // give it text whose blocks were joined with no separator (body.textContent: "KhrushchevBrezhnev").
    const end = captures ? WORD_END : '';
    const parts = [w.length ? alt(w) + end : '', o.length ? alt(o) : ''].filter((p) => p !== '');
    return { source: parts.join('|'), entries: [...w, ...o].flatMap((e) => e.order) };
  });
}

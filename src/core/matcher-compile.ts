/**
 * Build time: compile every topic's aliases into one CompiledMatcher (plain JSON).
 * Pure: Chinese conversions are injected (the build passes OpenCC), nothing here touches
 * the DOM, the file system or the clock. See docs/matching.md.
 */
import { fold } from './fold';
import { ALIAS_LANGS, type AliasLang, type Topic } from './kb-types';
import { prefilterFragments } from './matcher-prefilter';
import { emitBranches, insertUnits, newTrie } from './matcher-trie';
import {
  EntryKind,
  MATCHER_VERSION,
  type CompiledMatcher,
  type CompiledPattern,
  type CompileOptions,
  type PatternScript,
} from './matcher-types';
import { toUnits, WORD_END, type Unit } from './matcher-units';
import { spellOutCase } from './matcher-case';
import { CJK_CLASS, CYRILLIC_CLASS } from './matcher-text';
import { buildZhClasses, zhStringVariants } from './matcher-zh';

export type { CompiledMatcher, CompiledPattern, CompileOptions, PatternScript } from './matcher-types';

interface Entry {
  text: string;
  lang: AliasLang;
  topic: number;
  topicId: string;
  kind: EntryKind;
}
interface Compiled extends Entry {
  units: Unit[];
}

function collect(topics: readonly Topic[]): Entry[] {
  const out: Entry[] = [];
  topics.forEach((t, topic) => {
    const at = { topic, topicId: t.id };
    for (const lang of ALIAS_LANGS)
      for (const text of t.aliases[lang] ?? []) out.push({ ...at, text, lang, kind: EntryKind.Alias });
    for (const a of t.ambiguous ?? []) {
      out.push({ ...at, text: a.text, lang: a.lang, kind: EntryKind.Ambiguous });
      for (const text of a.never ?? []) out.push({ ...at, text, lang: a.lang, kind: EntryKind.Blocker });
    }
  });
  return out;
}

/** Two entries that match exactly the same texts: keep one, or refuse contradictory data. */
function pick(a: Compiled, b: Compiled): Compiled {
  if (a.topic === b.topic) return b.kind < a.kind ? b : a;
  // A `never` phrase only says "not that topic": another topic's alias still counts.
  if (a.kind === EntryKind.Blocker) return b;
  if (b.kind === EntryKind.Blocker) return a;
  // Data may list one ambiguous alias in several topics: the first topic listing it names it.
  if (a.kind === EntryKind.Ambiguous && b.kind === EntryKind.Ambiguous) return a;
  throw new Error(
    `compileMatcher: "${a.text}" (${a.topicId}) and "${b.text}" (${b.topicId}) match the same text; ` +
      'make it an ambiguous alias of one topic',
  );
}

const endsInWord = (units: readonly Unit[]): boolean => {
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
function emitPatterns(
  items: readonly { units: Unit[]; code: number }[],
  captures: boolean,
  max: number,
): CompiledPattern[] {
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
function scriptOf(units: readonly Unit[]): PatternScript {
  const first = units[0];
  if (first?.type === 'cjk') return 'cjk';
  return first?.type === 'word' && /[а-яё]/.test(first.key) ? 'cyrillic' : 'latin';
}

function emitScript(
  items: readonly { units: Unit[]; code: number }[],
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

export function compileMatcher(topics: readonly Topic[], options: CompileOptions): CompiledMatcher {
  const raw = collect(topics);
  const expanded = raw.flatMap((e) => [
    e,
    ...zhStringVariants(e.text, options.zhVariants).map((text) => ({ ...e, text })),
  ]);
  // Simplified spellings first, so they become the canonical characters of fold().
  const byScript = [...expanded].sort((a, b) => Number(a.lang !== 'zh-Hans') - Number(b.lang !== 'zh-Hans'));
  const zh = buildZhClasses(
    byScript.map((e) => e.text),
    options.zhVariants,
  );
  const zhClass = (c: string): readonly string[] => zh.members.get(c) ?? [c];

  const list: Compiled[] = [];
  const byKey = new Map<string, number>();
  for (const e of expanded) {
    const folded = fold(e.text, zh.fold);
    if (folded === '') throw new Error(`compileMatcher: empty alias in ${e.topicId}`);
    const c: Compiled = { ...e, units: toUnits(folded, zhClass) };
    const key = c.units.map((u) => u.key).join('\u0000');
    const at = byKey.get(key);
    const prev = at === undefined ? undefined : list[at];
    if (at === undefined || prev === undefined) {
      byKey.set(key, list.length);
      list.push(c);
    } else {
      list[at] = pick(prev, c);
    }
  }

  const max = options.maxPatternChars ?? MAX_PATTERN_CHARS;
  const patterns = options.prefilterOnly
    ? []
    : emitPatterns(
        list.map((c) => ({ units: c.units, code: (c.topic << 2) | c.kind })),
        true,
        max,
      );
  const fragments = new Map<string, Unit[]>();
  const aliasUnits = list.filter((c) => c.kind !== EntryKind.Blocker).map((c) => c.units);
  for (const f of prefilterFragments(aliasUnits, options.everyday))
    fragments.set(f.map((u) => u.key).join('\u0000'), f);
  const prefilter = emitPatterns(
    [...fragments.values()].map((units) => ({ units, code: 0 })),
    false,
    max,
  );

  const compiled: CompiledMatcher = {
    version: MATCHER_VERSION,
    flags: 'gi',
    patterns,
    // The prefilter reads all of a page's text: its Cyrillic pattern runs with capitals spelt out, not `i`.
    prefilter: prefilter.map((p) =>
      p.script === 'cyrillic'
        ? { ...p, source: spellOutCase(p.source), entries: [], flags: 'g' }
        : { ...p, entries: [] },
    ),
    topics: topics.map((t) => t.id),
    zhFold: zh.fold,
  };
  // Fail the build, not the page, if a pattern is invalid.
  for (const p of [...compiled.patterns, ...compiled.prefilter]) new RegExp(p.source, p.flags ?? compiled.flags);
  return compiled;
}

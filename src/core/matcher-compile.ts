/**
 * Build time: compile every topic's aliases into one CompiledMatcher (plain JSON).
 * Pure: Chinese conversions are injected (the build passes OpenCC), nothing here touches
 * the DOM, the file system or the clock. See docs/matching.md.
 */
import { fold } from './fold';
import { ALIAS_LANGS, type AliasLang, type Topic } from './kb-types';
import { prefilterFragments } from './matcher-prefilter';
import { emitTrie, insertUnits, newTrie } from './matcher-trie';
import { EntryKind, MATCHER_VERSION, type CompiledMatcher, type CompileOptions } from './matcher-types';
import { toUnits, WORD_END, type Unit } from './matcher-units';
import { buildZhClasses, zhStringVariants } from './matcher-zh';

export type { CompiledMatcher, CompileOptions } from './matcher-types';

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
    for (const lang of ALIAS_LANGS) for (const text of t.aliases[lang] ?? []) out.push({ ...at, text, lang, kind: EntryKind.Alias });
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
 * Emit Latin/Cyrillic-final aliases (followed by the word-end check) and the others
 * (CJK) as two tries; returns the source and, with captures, the entry of each group.
 */
function emitAll(items: readonly { units: Unit[]; code: number }[], captures: boolean): { source: string; order: number[] } {
  const word = newTrie();
  const other = newTrie();
  for (const it of items) insertUnits(endsInWord(it.units) ? word : other, it.units, it.code);
  const order: number[] = [];
  const w = emitTrie(word, captures, order);
  const o = emitTrie(other, captures, order);
  const parts = [w === '' ? '' : w + WORD_END, o].filter((p) => p !== '');
  return { source: parts.length === 0 ? '(?!)' : parts.join('|'), order };
}

export function compileMatcher(topics: readonly Topic[], options: CompileOptions): CompiledMatcher {
  const raw = collect(topics);
  const expanded = raw.flatMap((e) => [e, ...zhStringVariants(e.text, options.zhVariants).map((text) => ({ ...e, text }))]);
  // Simplified spellings first, so they become the canonical characters of fold().
  const byScript = [...expanded].sort((a, b) => Number(a.lang !== 'zh-Hans') - Number(b.lang !== 'zh-Hans'));
  const zh = buildZhClasses(byScript.map((e) => e.text), options.zhVariants);
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

  const full = emitAll(list.map((c) => ({ units: c.units, code: (c.topic << 2) | c.kind })), true);
  const fragments = new Map<string, Unit[]>();
  const aliasUnits = list.filter((c) => c.kind !== EntryKind.Blocker).map((c) => c.units);
  for (const f of prefilterFragments(aliasUnits)) fragments.set(f.map((u) => u.key).join('\u0000'), f);
  const pre = emitAll([...fragments.values()].map((units) => ({ units, code: 0 })), false);

  const compiled: CompiledMatcher = {
    version: MATCHER_VERSION,
    source: full.source,
    flags: 'giu',
    prefilter: pre.source,
    prefilterFlags: 'iu',
    topics: topics.map((t) => t.id),
    entries: full.order,
    zhFold: zh.fold,
  };
  // Fail the build, not the page, if the pattern is invalid.
  new RegExp(compiled.source, compiled.flags);
  new RegExp(compiled.prefilter, compiled.prefilterFlags);
  return compiled;
}

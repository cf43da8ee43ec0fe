/**
 * Build time: compile every topic's aliases into one CompiledMatcher (plain JSON).
 * Pure: Chinese conversions are injected (the build passes OpenCC), nothing here touches
 * the DOM, the file system or the clock. See docs/matching.md.
 */
import { fold } from './fold';
import { ALIAS_LANGS, type AliasLang, type Topic } from './kb-types';
import { prefilterFragments } from './matcher-prefilter';
import { emitPatterns, MAX_PATTERN_CHARS } from './matcher-emit';
import { flatTrie, WalkUnits } from './matcher-walk-build';
import { emitGroups } from './matcher-groups';
import { EntryKind, MATCHER_VERSION, type CompiledMatcher, type CompileOptions } from './matcher-types';
import { toUnits, type Unit } from './matcher-units';
import { spellOutCase } from './matcher-case';
import { buildZhClasses, zhStringVariants } from './matcher-zh';

export type { CompiledMatcher, CompiledPattern, CompileOptions, PatternScript } from './matcher-types';
export { MAX_PATTERN_CHARS } from './matcher-emit';

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
  const items = list.map((c) => ({ text: c.text, units: c.units, code: (c.topic << 2) | c.kind }));
  const fragments = new Map<string, Unit[]>();
  const aliasUnits = list.filter((c) => c.kind !== EntryKind.Blocker).map((c) => c.units);
  for (const f of prefilterFragments(aliasUnits, options.everyday))
    fragments.set(f.map((u) => u.key).join('\u0000'), f);
  const prefilter = emitPatterns(
    [...fragments.values()].map((units) => ({ units, code: 0 })),
    false,
    max,
  );

  const whole = options.wholePatterns === true;
  const walkUnits = new WalkUnits();
  const compiled: CompiledMatcher = {
    version: MATCHER_VERSION,
    flags: 'gi',
    patterns: whole && !options.prefilterOnly ? emitPatterns(items, true, max) : [],
    groups:
      whole || options.prefilterOnly
        ? []
        : options.oneTrie
          ? [{ trie: flatTrie(items, walkUnits), first: '', second: '', lead: 0, tail: 0 }]
          : emitGroups(items, [...fragments.values()], walkUnits),
    units: walkUnits.specs,
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
  for (const p of [...compiled.patterns, ...compiled.prefilter])
    new RegExp(p.source, ('flags' in p ? p.flags : undefined) ?? compiled.flags);
  return compiled;
}

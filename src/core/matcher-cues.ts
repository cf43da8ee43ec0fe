/**
 * Build time: the words that confirm or refuse an ambiguous alias near its mention (see
 * ambiguity.ts). Each topic with ambiguous aliases confirms them by its `cues` (data/topics.json:
 * 苏军, 边防, 乌苏里江 for 珍宝岛), by the years of a short period ("1969"), and refuses them by its
 * `never` phrases (珍宝岛药业). They are compiled with the alias matcher itself, so they match
 * across Chinese scripts, with Russian endings and as whole words, like any alias.
 */
import type { AliasLang, Topic } from './kb-types';
import { compileMatcher } from './matcher-compile';
import type { CompileOptions, CompiledCues, CompiledMatcher } from './matcher-types';

/** Periods up to this many calendar years lend their years as cues (a life or an era does not). */
const MAX_CUE_YEARS = 3;
const YEAR_KINDS = new Set<Topic['kind']>(['event', 'treaty', 'document']);

/** The years of a short event, treaty or document ("1969"), as cues. */
export function periodYears(t: Topic): string[] {
  if (!t.dates || !YEAR_KINDS.has(t.kind)) return [];
  const from = Number(t.dates.from.slice(0, 4));
  const to = Number((t.dates.to ?? t.dates.from).slice(0, 4));
  if (!(to >= from) || to - from + 1 > MAX_CUE_YEARS) return [];
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}

const langOf = (text: string): AliasLang =>
  /\p{sc=Han}/u.test(text) ? 'zh-Hans' : /[\u0400-\u04ff]/.test(text) ? 'ru' : 'en';

type Role = 'cue' | 'year' | 'veto';

/** Compile every topic's cues, years and vetoes; undefined when no topic has an ambiguous alias. */
export function compileCues(topics: readonly Topic[], options: CompileOptions): CompiledCues | undefined {
  // One entry per distinct text; a text may serve several topics, in several roles.
  const byText = new Map<string, { cue: Set<number>; year: Set<number>; veto: Set<number> }>();
  const add = (text: string, role: Role, topic: number): void => {
    const key = text.toLowerCase();
    let e = byText.get(key);
    if (!e) byText.set(key, (e = { cue: new Set(), year: new Set(), veto: new Set() }));
    e[role].add(topic);
  };
  topics.forEach((t, i) => {
    if (!t.ambiguous?.length) return;
    for (const c of t.cues ?? []) add(c, 'cue', i);
    for (const y of periodYears(t)) add(y, 'year', i);
    for (const a of t.ambiguous) for (const n of a.never ?? []) add(n, 'veto', i);
  });
  if (byText.size === 0) return undefined;
  const entries = [...byText];
  // Each text is a pseudo-topic of its own; texts equal after folding (one in two scripts) are
  // marked ambiguous so that the compiler keeps the first instead of refusing the data.
  const pseudo: Topic[] = entries.map(([text], i) => ({
    id: String(i),
    kind: 'concept',
    label: { en: text, 'zh-Hans': text, 'zh-Hant': text, ru: text },
    aliases: {},
    ambiguous: [{ text, lang: langOf(text), why: 'cue' }],
    summary: { en: '', 'zh-Hans': '', ru: '' },
    theses: [],
    related: [],
  }));
  const list = (role: Role): number[][] => entries.map(([, e]) => [...e[role]]);
  // Only find() is ever called on it, on the few blocks around an ambiguous mention: one trie walked
  // over them costs less than compiling a prefilter or patterns for them.
  const matcher = { ...compileMatcher(pseudo, { ...options, oneTrie: true }), prefilter: [] };
  return { matcher, cue: list('cue'), year: list('year'), veto: list('veto') };
}

/** The matcher the build embeds: every alias, plus the cues for gating ambiguous ones near a mention. */
export function compilePageMatcher(topics: readonly Topic[], options: CompileOptions): CompiledMatcher {
  const compiled = compileMatcher(topics, options);
  const cues = compileCues(topics, options);
  return cues ? { ...compiled, cues } : compiled;
}

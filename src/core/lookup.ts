/**
 * Lookup ranking: every topic by any name it goes by, in any language, typed any way a reader might
 * ("khrushchov", "毛澤東", "хрущев", "lushun", "zhenbaodao"). Pure: the popup hands in the Chinese
 * variant map and, when it has loaded, a romaniser for pinyin keys.
 */
import { editDistanceWithin } from './edit-distance';
import { fold } from './fold';
import { ALIAS_LANGS, type Topic } from './kb-types';

export type MatchTier = 'exact' | 'prefix' | 'substring' | 'fuzzy';
const TIER_ORDER: Record<MatchTier, number> = { exact: 0, prefix: 1, substring: 2, fuzzy: 3 };

export interface LookupOptions {
  /** Chinese variant character → canonical character (CompiledMatcher.zhFold), so 澤 finds 泽. */
  zh?: Readonly<Record<string, string>>;
  /** Toneless romanisations of a Simplified Chinese name ("珍宝岛" → ["zhenbaodao"]). */
  romanize?: (zhHans: string) => string[];
}

interface Entry {
  topic: string;
  /** The name as written in data/ (or its pinyin), shown as "matched …". */
  text: string;
  key: string;
}

export interface LookupIndex {
  entries: Entry[];
  zh?: Readonly<Record<string, string>>;
}

export interface LookupHit {
  topic: string;
  matched: string;
  tier: MatchTier;
}

/** The comparison key: folded (case, diacritics, tones, ё, dashes, full-width, script variants), then
 * without spaces and punctuation, so "Mao Tse-tung", "mao tse tung" and "maotsetung" meet. */
export function lookupKey(text: string, zh?: Readonly<Record<string, string>>): string {
  return fold(text, zh).replace(/[^\p{L}\p{N}]+/gu, '');
}

export function buildLookupIndex(topics: readonly Topic[], options: LookupOptions = {}): LookupIndex {
  const entries: Entry[] = [];
  for (const topic of topics) {
    const seen = new Set<string>();
    const add = (text: string): void => {
      const key = lookupKey(text, options.zh);
      if (key && !seen.has(key)) entries.push({ topic: topic.id, text, key });
      seen.add(key);
    };
    for (const label of Object.values(topic.label)) if (label) add(label);
    for (const lang of ALIAS_LANGS) for (const alias of topic.aliases[lang] ?? []) add(alias);
    for (const ambiguous of topic.ambiguous ?? []) add(ambiguous.text);
    if (options.romanize) {
      for (const han of [topic.label['zh-Hans'], ...(topic.aliases['zh-Hans'] ?? [])]) {
        for (const roman of options.romanize(han)) add(roman);
      }
    }
  }
  return { entries, zh: options.zh };
}

/** Allowed typos grow with the query: none for short queries, where a typo is as likely another name. */
function typoBudget(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

function rankEntry(entry: Entry, query: string): { tier: MatchTier; score: number } | null {
  const { key } = entry;
  if (key === query) return { tier: 'exact', score: 0 };
  if (key.startsWith(query)) return { tier: 'prefix', score: key.length - query.length };
  const at = key.indexOf(query);
  if (at >= 0) return { tier: 'substring', score: at * 100 + key.length };
  const budget = typoBudget([...query].length);
  if (budget === 0) return null;
  // Compare with the whole key, and with its start for a name still being typed.
  const whole = editDistanceWithin(query, key, budget);
  const start = editDistanceWithin(query, [...key].slice(0, [...query].length).join(''), budget);
  const distance = Math.min(whole ?? Infinity, start === null ? Infinity : start + 0.5);
  return Number.isFinite(distance) ? { tier: 'fuzzy', score: distance * 100 + key.length } : null;
}

/** Topics whose names match `query`, best first: exact name, then prefix, then substring, then near-miss. */
export function searchTopics(index: LookupIndex, query: string, limit = 30): LookupHit[] {
  const q = lookupKey(query, index.zh);
  if (!q) return [];
  const best = new Map<string, { hit: LookupHit; rank: number; score: number; order: number }>();
  index.entries.forEach((entry, order) => {
    const ranked = rankEntry(entry, q);
    if (!ranked) return;
    const rank = TIER_ORDER[ranked.tier];
    const current = best.get(entry.topic);
    if (current && (current.rank < rank || (current.rank === rank && current.score <= ranked.score))) return;
    best.set(entry.topic, {
      hit: { topic: entry.topic, matched: entry.text, tier: ranked.tier },
      rank,
      score: ranked.score,
      order,
    });
  });
  return [...best.values()]
    .sort((a, b) => a.rank - b.rank || a.score - b.score || a.order - b.order)
    .slice(0, limit)
    .map((b) => b.hit);
}

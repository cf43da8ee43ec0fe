/**
 * A thesis's key terms (data/theses.json), found in a passage. Text and terms are folded alike
 * (case, diacritics, dashes: see fold.ts); Chinese terms match as written (Traditional spellings are
 * added at build time), other terms match word by word as prefixes, so "новый договор" finds
 * "нового договора" and "specialist" finds "specialists".
 */
import { fold } from './fold';
import type { KeyTerms } from './kb-types';

export interface TermMatcher {
  /** The terms (as data writes them) that occur in already-folded text. */
  find(folded: string): string[];
}

const HAN = /\p{Script=Han}/u;

export function compileKeyTerms(terms: KeyTerms): TermMatcher {
  const all = [...terms.en, ...terms['zh-Hans'], ...(terms['zh-Hant'] ?? []), ...terms.ru];
  const tests = [...new Set(all)].map((term) => ({ term, test: termTest(term) }));
  return { find: (folded) => tests.filter((t) => t.test(folded)).map((t) => t.term) };
}

function termTest(term: string): (folded: string) => boolean {
  const key = fold(term);
  if (HAN.test(key)) return (text) => text.includes(key);
  const words = key.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${words.join("[\\p{L}\\p{N}']*\\s+")}`, 'u');
  return (text) => re.test(text);
}

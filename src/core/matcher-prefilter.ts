/**
 * Build time: the prefilter's fragment for each alias. Every alias contains its fragment
 * (same units, same or looser tolerance, no word boundaries), so a page where the small
 * prefilter finds nothing cannot match the full patterns, which are then never compiled.
 * A fragment is the alias's most distinctive word: one pages do not use every day
 * ("khrushchev", not "treaty", "soviet", "договор" or a lone pinyin syllable like "liu").
 */
import { SEP_UNIT, type Unit } from './matcher-units';
import { EVERYDAY_WORDS, type EverydayWords } from './matcher-prefilter-words';

/** One Chinese syllable in pinyin or Wade–Giles ("liu", "chou", "hsiao"): part of countless names. */
const SYLLABLE = /^(?:[bcdfghjklmnpqrstwxyz]|ch|sh|zh|ts|tz|hs)?h?'?[aeiouv]{1,3}(?:n|ng|r|h)?$/;

function isEveryday(word: string, everyday: EverydayWords): boolean {
  if (/[0-9]/.test(word) || word.length <= 3 || SYLLABLE.test(word)) return true;
  if (/^[а-яй]/.test(word)) return everyday.ruStems.some((stem) => word.startsWith(stem));
  return everyday.en.has(word);
}

const splitWords = (units: readonly Unit[]): Unit[][] => {
  const words: Unit[][] = [[]];
  for (const u of units) {
    if (u.type === 'sep') words.push([]);
    else words[words.length - 1]?.push(u);
  }
  return words.filter((w) => w.length > 0);
};
const letters = (w: readonly Unit[]): number => w.filter((u) => u.type === 'word' || u.type === 'cjk').length;
/** The word's letters (no endings or punctuation), for the everyday-word check. */
const wordText = (w: readonly Unit[]): string =>
  w.map((u) => (u.type === 'word' || u.type === 'cjk' ? u.key : '')).join('');

/**
 * The alias's own fragment: the longest word that is not everyday; failing that, the run of
 * two to four words with the most letters in long words ("policy of leaning").
 */
function ownFragment(units: readonly Unit[], everyday: EverydayWords): Unit[] {
  const words = splitWords(units);
  let best: Unit[] = [...units];
  let bestScore = 0;
  for (const w of words) {
    // A CJK run is never everyday as a whole: the whole run is the fragment.
    const rare = w.some((u) => u.type === 'cjk') || !isEveryday(wordText(w), everyday);
    if (rare && letters(w) > bestScore) [best, bestScore] = [w, letters(w)];
  }
  if (bestScore > 0 || words.length < 2) return best;
  const weight = (w: readonly Unit[]): number => (letters(w) > 3 ? letters(w) : 0);
  for (let n = 2; n <= 4; n++) {
    for (let i = 0; i + n <= words.length; i++) {
      const run = words.slice(i, i + n);
      // Letters in long words count; on a tie, the longer run is the rarer one.
      const score = run.reduce((sum, w) => sum + 100 * weight(w) + letters(w), 0);
      if (score > bestScore) [best, bestScore] = [run.flatMap((w, j) => (j === 0 ? w : [SEP_UNIT, ...w])), score];
    }
  }
  return best;
}

const isWordEnd = (u: Unit | undefined): boolean => u?.type === 'word' || u?.type === 'end';

/** Whether `frag` occurs in `units` as whole words (so it stays valid if a word-end check is added). */
function occursIn(frag: readonly Unit[], units: readonly Unit[]): boolean {
  outer: for (let i = 0; i + frag.length <= units.length; i++) {
    for (let j = 0; j < frag.length; j++) if (units[i + j]?.key !== frag[j]?.key) continue outer;
    const after = units[i + frag.length];
    if (!isWordEnd(frag[frag.length - 1]) || after === undefined || !isWordEnd(after)) return true;
  }
  return false;
}

/**
 * The prefilter's fragments: one per alias, unless the alias already contains a fragment
 * chosen for another ("Khrushchev's 1958 visit to China" contains "khrushchev", "赫鲁晓夫访华"
 * contains "赫鲁晓夫"), which then covers it at no cost in size or false hits.
 */
export function prefilterFragments(
  aliases: readonly (readonly Unit[])[],
  everyday: EverydayWords = EVERYDAY_WORDS,
): Unit[][] {
  const own = aliases.map((units) => ({ units, frag: ownFragment(units, everyday) }));
  own.sort((a, b) => a.frag.length - b.frag.length);
  const chosen: Unit[][] = [];
  for (const { units, frag } of own) if (!chosen.some((f) => occursIn(f, units))) chosen.push(frag);
  return chosen;
}

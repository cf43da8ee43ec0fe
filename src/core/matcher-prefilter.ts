/**
 * Build time: the prefilter's fragment for each alias. Every alias contains its fragment
 * (same units, same or looser tolerance, no word boundaries), so a page where the small
 * prefilter finds nothing cannot match the full patterns, which are then never compiled.
 * A fragment is the alias's most distinctive word: one pages do not use every day
 * ("khrushchev", not "treaty", "soviet", "договор" or a lone pinyin syllable like "liu").
 */
import { SEP_UNIT, type Unit } from './matcher-units';

// Everyday words: as fragments they would wake the full patterns on most pages. Function
// words, then the general vocabulary of topic names (checked against the corpus pages in
// scripts/bench-matcher-node.mjs, which lists the fragments that hit), then common given names.
const COMMON_EN = new Set(
  (
    'a an and at by for in of on or the to with from into over all its is are was were be this that these those ' +
    'between among against under inter after before ' +
    'non war pact treaty treaties agreement agreements accord alliance assistance aggression mutual friendship ' +
    'friendly cooperation co operation relations relation interests identity unity equal good neighborliness ' +
    'soviet sino china chinese russia russian german germany germans nazi hungarian polish japan japanese ' +
    'korea korean mongolia mongolian beijing peking moscow people peoples republic republics national nation state states union ' +
    'party parties communist communism socialist socialism workers worker international government foreign ' +
    'minister ministry ambassador chairman premier marshal leader general secretary central committee ' +
    'congress conference meeting summit talks visit visits declaration statement letter open report reporters ' +
    'correspondent correspondents interview comment commentaries discussion debate dispute split rift crisis ' +
    'incident conflict battle border island islands port base naval fleet joint submarine radio station long ' +
    'wave railway railroad eastern western northern southern east west north south far outer inner new news ' +
    'daily agency first second third last nine three twentieth one two great big power revolution uprising ' +
    'cult personality consequences historical history experience further more father son child side policy ' +
    'lean leaning headed recall withdrawal experts specialists advisers situation secret speech wind thaw ' +
    'january february march april may june july august september october november december ' +
    'line company technology technical defence defense key aid resist america storm operation strategic ' +
    'offensive volunteer volunteers army aided assisted project projects airport ' +
    'joseph josef ivan mikhail nikita pavel andrei andrey rodion arthur'
  ).split(' '),
);
// Russian everyday stems (a folded word starting with one is everyday).
const COMMON_RU = (
  'взаимн визит внешн восстан германи германск главе город дорог договор доклад дружб ' +
  'железн иван кита комитет коммунист конференц конфликт культ личност между михаил москв московск народн ' +
  'никита октябр открыт остров отзыв отношени опыт павел парти перв письм польск помощ порт последств ' +
  'председател представител рабоч республик росси секретн событи советск совещани соглашени сотрудничеств ' +
  'социалистическ союз специалист стран съезд федерац центральн историческ декларац раскол пекин маршал ' +
  'пакт двадцат андре сергеевич владимирович иванович михайлович федорович вячеслав родион'
).split(' ');

/** One Chinese syllable in pinyin or Wade–Giles ("liu", "chou", "hsiao"): part of countless names. */
const SYLLABLE = /^(?:[bcdfghjklmnpqrstwxyz]|ch|sh|zh|ts|tz|hs)?h?'?[aeiouv]{1,3}(?:n|ng|r|h)?$/;

function isEveryday(word: string): boolean {
  if (/[0-9]/.test(word) || word.length <= 3 || SYLLABLE.test(word)) return true;
  if (/^[а-яй]/.test(word)) return COMMON_RU.some((stem) => word.startsWith(stem));
  return COMMON_EN.has(word);
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
function ownFragment(units: readonly Unit[]): Unit[] {
  const words = splitWords(units);
  let best: Unit[] = [...units];
  let bestScore = 0;
  for (const w of words) {
    // A CJK run is never everyday as a whole: the whole run is the fragment.
    const rare = w.some((u) => u.type === 'cjk') || !isEveryday(wordText(w));
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
export function prefilterFragments(aliases: readonly (readonly Unit[])[]): Unit[][] {
  const own = aliases.map((units) => ({ units, frag: ownFragment(units) }));
  own.sort((a, b) => a.frag.length - b.frag.length);
  const chosen: Unit[][] = [];
  for (const { units, frag } of own) if (!chosen.some((f) => occursIn(f, units))) chosen.push(frag);
  return chosen;
}

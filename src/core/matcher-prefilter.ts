/**
 * Build time: the prefilter's fragment for one alias. Every alias contains its fragment
 * (same units, same tolerance, same word boundaries), so a page where the small prefilter
 * finds nothing cannot match the full pattern, which is then never compiled. The fragment
 * is the alias's most distinctive word: not a word pages use every day ("treaty", "soviet",
 * "договор"), else the longest; when all words are everyday words, the longest adjacent pair.
 */
import { SEP_UNIT, type Unit } from './matcher-units';

// Everyday words in topic names: as fragments they would wake the full pattern on most pages.
const COMMON_EN = new Set(
  ('a an and at by for in of on or the to with from non war pact treaty agreement accord soviet sino ' +
    'china chinese russia russian ussr union people peoples republic party communist great leap forward ' +
    'cultural revolution border conflict split friendship alliance mutual assistance aggression secret ' +
    'speech island islands railway eastern western northern southern east west north south new first ' +
    'second third conference crisis incident congress committee central plenum summit visit talks ' +
    'meeting declaration letter open plan year world international movement general secretary premier ' +
    'chairman leader state national democratic nazi german germany japan japanese korea korean port city ' +
    'river lake line bay sea army navy base joint stock company history historical policy campaign').split(' '),
);
// Russian stems of the same kind (a folded word starting with one is everyday).
const COMMON_RU = ('договор пакт соглаш совет союз кита росси русск народ республик парти коммун войн ' +
  'остров конфликт дружб взаимн помощ ненапад границ погранич революц культурн больш велик желез ' +
  'дорог восточн западн северн южн секретн доклад речь встреч визит перегов конференц съезд пленум ' +
  'комитет централ генеральн секретар председател вожд государств международн германи япони коре ' +
  'город река озер море арми флот баз истори политик кампани первы втор нов').split(' ');

function isCommon(word: string): boolean {
  if (/^[0-9]+$/.test(word) || word.length <= 2) return true;
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
/** The word's letters, for the everyday-word check and for counting reuse. */
const wordText = (w: readonly Unit[]): string =>
  w.map((u) => (u.type === 'word' || u.type === 'cjk' ? u.key : '')).join('');

/**
 * One fragment per alias: the slice of its units the prefilter looks for (whole words, so
 * word boundaries apply at both ends). Among rare words, one that other aliases share wins
 * ("Joseph Stalin" → "stalin", already needed for "Stalin"), then the longest.
 */
export function prefilterFragments(aliases: readonly (readonly Unit[])[]): Unit[][] {
  const uses = new Map<string, number>();
  for (const a of aliases) for (const w of new Set(splitWords(a).map(wordText))) uses.set(w, (uses.get(w) ?? 0) + 1);
  return aliases.map((units) => {
    const words = splitWords(units);
    let best: Unit[] = [...units];
    let bestScore = -1;
    for (const w of words) {
      // CJK runs are never everyday words as a whole (the whole run is the fragment).
      const text = wordText(w);
      const rare = w.some((u) => u.type === 'cjk') || !isCommon(text);
      const score = (rare ? 100_000 : 0) + (uses.get(text) ?? 0) * 100 + letters(w);
      if (score > bestScore) [best, bestScore] = [w, score];
    }
    if (bestScore >= 100_000 || words.length < 2) return best;
    // Only everyday words: the longest adjacent pair ("mutual assistance") is rare enough.
    bestScore = -1;
    for (let i = 0; i + 1 < words.length; i++) {
      const pair = [...(words[i] ?? []), SEP_UNIT, ...(words[i + 1] ?? [])];
      if (letters(pair) > bestScore) [best, bestScore] = [pair, letters(pair)];
    }
    return best;
  });
}

/**
 * Russian case endings, generated at build time so data/ lists each name once:
 * "Сталин" also matches Сталина, Сталину, Сталиным, Сталине; "Молотова" matches Молотову;
 * "Советский" matches Советского. Only real noun/adjective endings; derived words
 * (Сталинград, сталинский, сталинизм) are different words and do not match, just as
 * "Stalinist" does not match "Stalin".
 */

/** Noun endings (and -ов/-ин surname forms: Хрущёвым, Хрущёвых, Хрущёвой). */
const NOUN = [
  'а',
  'я',
  'у',
  'ю',
  'е',
  'ы',
  'и',
  'ом',
  'ем',
  'ой',
  'ей',
  'ою',
  'ею',
  'ов',
  'ев',
  'ам',
  'ям',
  'ах',
  'ях',
  'ым',
  'им',
  'ых',
  'их',
  'ами',
  'ями',
  'ыми',
  'ими',
];
/** Adjective endings (hard and soft), plus -ия/-ию/-ием/-ии for names in -ий (Георгий). */
const ADJ = [
  'ий',
  'ый',
  'ой',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ого',
  'его',
  'ому',
  'ему',
  'ым',
  'им',
  'ом',
  'ем',
  'ую',
  'юю',
  'ей',
  'ых',
  'их',
  'ыми',
  'ими',
  'ою',
  'ею',
  'ия',
  'ию',
  'ием',
  'ии',
];

/** Ending sets by the shape of the word as written in data/. */
export const ENDING_SETS = {
  /** Consonant-final (Сталин, Хрущёв, договор) and -а/-я (Молотова, Берия): stem + NOUN. */
  noun: NOUN,
  /** -ь (Кремль): Кремля, Кремлём. */
  soft: [...NOUN, 'ь', 'ью'],
  /** -й not adjectival (Китай): Китая, Китаем. */
  yot: [...NOUN, 'й'],
  /** -о (письмо): письма, письмом. Kept narrow: most -о names are indeclinable. */
  o: ['о', 'а', 'у', 'ом', 'е'],
  /** -ие nouns (соглашение): соглашения, соглашении, соглашений. */
  ie: ['е', 'я', 'ю', 'ем', 'и', 'й', 'ям', 'ями', 'ях'],
  adj: ADJ,
} as const satisfies Record<string, readonly string[]>;
export type EndingSet = keyof typeof ENDING_SETS;

const CYRILLIC_WORD = /^[а-яё]+$/;
const MIN_LETTERS = 4;

export interface RussianSplit {
  /** Letters kept as written. */
  stem: string;
  /** Equal keys mean equal patterns (they share a trie edge). */
  key: string;
  /** What may follow the stem. */
  pattern: string;
}

/**
 * Split a folded Cyrillic word into the stem the pattern keeps and the endings it allows
 * after it; undefined when the word is kept as written (short, or ends in е/и/ы/у/ю/э).
 */
export function splitRussianWord(word: string, inner = false): RussianSplit | undefined {
  // A plural noun after the first word, written in the genitive as names use it (отзыв советских
  // специалистов, девять статей, 156 объектов): its plural cases share a shorter stem.
  const plural = inner ? /^(.{3,}?)(ов|ев|ёв|ей)$/.exec(word) : null;
  if (plural) {
    const [, stem = '', ending = ''] = plural;
    const own = ending === 'ей' ? `ей(?:${NOUN_P})?` : `[оеё]в(?:${NOUN_P})?`;
    return { stem, key: `plural-${ending === 'ей' ? 'ei' : 'ov'}`, pattern: `(?:${own}|${PLURAL_P})` };
  }
  const split = splitBySet(word);
  if (split === undefined) return undefined;
  // -ок/-ек/-ец may drop the vowel before an ending: скачок → скачка, отец → отца.
  const fleeting = /([ое])([кц])$/.exec(word);
  if (split.set === 'noun' && split.stem === word && fleeting && word.length > MIN_LETTERS) {
    const [, vowel = '', cons = ''] = fleeting;
    const v = vowel === 'е' ? '[её]' : vowel;
    return {
      stem: word.slice(0, -2),
      key: `${vowel}${cons}-fleeting`,
      pattern: `(?:${v}${cons}(?:${NOUN_P})?|${cons}(?:${NOUN_P}))`,
    };
  }
  return { stem: split.stem, key: split.set, pattern: ENDING_PATTERNS[split.set] };
}

function splitBySet(word: string): { stem: string; set: EndingSet } | undefined {
  if (word.length < MIN_LETTERS || !CYRILLIC_WORD.test(word)) return undefined;
  const last2 = word.slice(-2);
  const last = word.slice(-1);
  if (/^(?:ий|ый|ой|ая|яя|ое|ее|ые)$/.test(last2)) return { stem: word.slice(0, -2), set: 'adj' };
  // Adjectives written in an oblique case, as inside names (советских, Советского): same stem.
  const oblique = /^(.{4,})(?:ых|их|ого|его|ому|ему|ыми|ими)$/.exec(word);
  if (oblique) return { stem: oblique[1] ?? word, set: 'adj' };
  // -кие/-гие/-хие are adjective plurals (китайские); other -ие are nouns (соглашение).
  if (/[кгхжшчщ]ие$/.test(word)) return { stem: word.slice(0, -2), set: 'adj' };
  if (last2 === 'ие') return { stem: word.slice(0, -1), set: 'ie' };
  // -ия (радиостанция): the genitive plural ends in -ий (радиостанций).
  if (last2 === 'ия') return { stem: word.slice(0, -1), set: 'yot' };
  // Nominative plurals (специалисты, статьи): the plural and singular cases of the same stem.
  if (last === 'ы' || /[кгхжчшщ]и$/.test(word)) return { stem: word.slice(0, -1), set: 'noun' };
  if (last === 'а' || last === 'я') return { stem: word.slice(0, -1), set: 'noun' };
  if (last === 'ь') return { stem: word.slice(0, -1), set: 'soft' };
  if (last === 'й') return { stem: word.slice(0, -1), set: 'yot' };
  if (last === 'о') return { stem: word.slice(0, -1), set: 'o' };
  if (/[бвгджзклмнпрстфхцчшщ]/.test(last)) return { stem: word, set: 'noun' };
  return undefined;
}

/**
 * Each set as a compact pattern (written by hand: ~45 characters instead of ~70 for a plain
 * alternation, and there is one per Russian word in every alias). tests/unit/matcher.test.ts
 * checks each pattern against its list. е also matches ё (Кремлём). Optional where the bare
 * stem is itself a form (Сталин, дорог); required where it is not (советск-, кремл-).
 */
const NOUN_P = '[аяыи](?:ми?|х)?|[еёо][вймю]|[еёую]';
/** Plural cases after a genitive-plural stem: -ам/-ами/-ах, -ы/-и, with ь for -ья nouns (статьям). */
const PLURAL_P = 'ь?[ая](?:ми?|х)|ь?[ыи]|ье?[йв]';
export const ENDING_PATTERNS: Record<EndingSet, string> = {
  noun: `(?:${NOUN_P})?`,
  soft: `(?:${NOUN_P}|ью?)`,
  yot: `(?:${NOUN_P}|й)`,
  o: '(?:ом?|[аеёу])',
  ie: '(?:я(?:ми?|х)?|[её]м?|[ийю])',
  adj: '(?:[оеё](?:го|му|[еймю])|[ыи](?:ми?|[ейх])|и(?:[её]м|[июя])|[ая]я|[ую]ю)',
};

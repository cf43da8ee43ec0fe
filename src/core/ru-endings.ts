/**
 * Russian case endings, generated at build time so data/ lists each name once:
 * "Сталин" also matches Сталина, Сталину, Сталиным, Сталине; "Молотова" matches Молотову;
 * "Советский" matches Советского. Only real noun/adjective endings; derived words
 * (Сталинград, сталинский, сталинизм) are different words and do not match, just as
 * "Stalinist" does not match "Stalin".
 */

/** Noun endings (and -ов/-ин surname forms: Хрущёвым, Хрущёвых, Хрущёвой). */
const NOUN = ['а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'ом', 'ем', 'ой', 'ей', 'ою', 'ею', 'ов', 'ев',
  'ам', 'ям', 'ах', 'ях', 'ым', 'им', 'ых', 'их', 'ами', 'ями', 'ыми', 'ими'];
/** Adjective endings (hard and soft), plus -ия/-ию/-ием/-ии for names in -ий (Георгий). */
const ADJ = ['ий', 'ый', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ого', 'его', 'ому', 'ему',
  'ым', 'им', 'ом', 'ем', 'ую', 'юю', 'ей', 'ых', 'их', 'ыми', 'ими', 'ою', 'ею',
  'ия', 'ию', 'ием', 'ии'];

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

/**
 * Split a folded Cyrillic word into the stem the pattern keeps and the ending set it
 * allows after it; undefined when the word is kept as written (short, or ends in е/и/ы/у/ю/э).
 */
export function splitRussianWord(word: string): { stem: string; set: EndingSet } | undefined {
  if (word.length < MIN_LETTERS || !CYRILLIC_WORD.test(word)) return undefined;
  const last2 = word.slice(-2);
  const last = word.slice(-1);
  if (/^(?:ий|ый|ой|ая|яя|ое|ее|ые)$/.test(last2)) return { stem: word.slice(0, -2), set: 'adj' };
  if (last2 === 'ие') return { stem: word.slice(0, -1), set: 'ie' };
  if (last === 'а' || last === 'я') return { stem: word.slice(0, -1), set: 'noun' };
  if (last === 'ь') return { stem: word.slice(0, -1), set: 'soft' };
  if (last === 'й') return { stem: word.slice(0, -1), set: 'yot' };
  if (last === 'о') return { stem: word.slice(0, -1), set: 'o' };
  if (/[бвгджзклмнпрстфхцчшщ]/.test(last)) return { stem: word, set: 'noun' };
  return undefined;
}

/**
 * A compact regex alternation for a set of endings: grouped by all-but-last letter into
 * classes (ом|ой|ою|ов → о[мйюв]), longest first; е also matches ё (Кремлём).
 */
export function endingsPattern(set: EndingSet): string {
  const byPrefix = new Map<string, Set<string>>();
  for (const e of ENDING_SETS[set]) {
    const prefix = e.slice(0, -1);
    const lasts = byPrefix.get(prefix) ?? new Set<string>();
    lasts.add(e.slice(-1));
    byPrefix.set(prefix, lasts);
  }
  const yo = (s: string): string => s.replace(/е/g, '[её]');
  const alts = [...byPrefix.entries()]
    .sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))
    .map(([prefix, lasts]) => {
      const l = [...lasts].sort();
      if (l.includes('е')) l.push('ё');
      const last = l.length === 1 ? l[0] : `[${l.join('')}]`;
      return yo(prefix) + last;
    });
  return `(?:${alts.join('|')})?`;
}

/**
 * Build time: turns a folded alias into pattern units. Each unit is one position of the
 * alias with its tolerance built in, because the pattern runs on raw page text (offsets
 * must map straight back to the DOM): case via the `i` flag, toned/diacritic vowels,
 * ё/е, quote and dash variants, Chinese script variants, Russian case endings.
 * Invisibles, combining marks and full-width letters are handled by the shadow text
 * instead (matcher-text.ts). Patterns use flags "gi", not "giu": V8 scans a large
 * case-insensitive pattern several times slower in Unicode mode.
 */
import { APOSTROPHE_CHARS, MIDDOT_CHARS, QUOTE_CHARS } from './fold';
import { WORD_CLASS } from './matcher-text';
import { splitRussianWord } from './ru-endings';

/** word: Latin/Cyrillic letter or digit; end: Russian ending group; sep: space/hyphen. */
export type UnitType = 'word' | 'cjk' | 'sep' | 'end' | 'punct';
export interface Unit {
  /** Folded form: equal keys share a trie edge. */
  key: string;
  /** Regex source matching this position. */
  frag: string;
  /** A shorter pattern matching at least what `frag` matches, for the prefilter. */
  loose?: string;
  type: UnitType;
}

/** Escape for use outside a character class. */
const esc = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
/** Escape for use inside a character class. */
const escIn = (s: string): string => s.replace(/[\\\]^-]/g, '\\$&');

/** After a Latin/Cyrillic alias: "Stalin" not in "Stalingrad"; "Khrushchev's" is fine.
 * (The start is checked at page time: a lookbehind before every alias slows the scan ~10×.) */
export const WORD_END = `(?![${WORD_CLASS}])`;

/** Pinyin tones and common diacritics on each vowel (`i` flag adds the capitals). */
const VOWELS: Record<string, string> = {
  a: '[aà-äāǎ]',
  e: '[eè-ëēěếề]',
  i: '[iì-ïīǐ]',
  o: '[oò-öōǒ]',
  u: '[uù-üūǔǖ-ǜ]',
};

function letterUnit(ch: string): Unit {
  if (ch === 'е') return { key: ch, frag: '[её]', type: 'word' };
  // The prefilter sees NFD й as и (plainText drops marks without composing).
  if (ch === 'й') return { key: ch, frag: ch, loose: '[йи]', type: 'word' };
  return { key: ch, frag: VOWELS[ch] ?? esc(ch), type: 'word' };
}

const PUNCT: Record<string, string> = {
  "'": `[${escIn(APOSTROPHE_CHARS)}]`,
  '"': `[${escIn(QUOTE_CHARS)}]`,
  // Transliterated Chinese names are also written without the dot (约瑟夫斯大林).
  '\u00B7': `[${escIn(MIDDOT_CHARS)}]?`,
};
/** A space or hyphen in the alias: any run of whitespace, hyphens, dashes and minus signs
 * (loosely, for the prefilter: of non-word characters). Small and full-width hyphens are
 * made '-' by the shadow text. */
export const SEP_UNIT: Unit = { key: ' ', frag: '[\\s\\-\u2010-\u2015\u2212]+', loose: '\\W+', type: 'sep' };

const CJK = /[\p{sc=Han}\p{sc=Hira}\p{sc=Kana}\p{sc=Hang}]/u;
const LETTER = /[\p{L}\p{N}]/u;
/** Cyrillic words, or any single character. */
const TOKEN = /[а-я]+|./gsu;

/**
 * Units of a folded alias. `zhClass(ch)` gives the script variants of a canonical
 * Chinese character (itself included).
 */
export function toUnits(folded: string, zhClass: (ch: string) => readonly string[]): Unit[] {
  const units: Unit[] = [];
  for (const m of folded.matchAll(TOKEN)) {
    const tok = m[0];
    if (tok.length > 1) {
      // A Cyrillic word: stem letters, then its ending group when it declines
      // (not when glued to other letters, e.g. mixed-script junk).
      const glued = LETTER.test(folded.charAt(m.index - 1)) || LETTER.test(folded.charAt(m.index + tok.length));
      const split = glued ? undefined : splitRussianWord(tok, m.index > 0);
      for (const c of split?.stem ?? tok) units.push(letterUnit(c));
      // The prefilter's looser ending: any 0–5 letters (the word-end check follows).
      if (split) units.push({ key: `\u0001${split.key}`, frag: split.pattern, loose: '[а-яё]{0,5}', type: 'end' });
    } else if (tok === ' ') {
      units.push(SEP_UNIT);
    } else if (CJK.test(tok)) {
      const members = zhClass(tok);
      units.push({ key: tok, frag: cjkFrag(members), type: 'cjk' });
    } else if (LETTER.test(tok)) {
      units.push(letterUnit(tok));
    } else {
      units.push({ key: tok, frag: PUNCT[tok] ?? esc(tok), type: 'punct' });
    }
  }
  return units;
}

/** One Chinese position: the character or a class of its variants (alternation if astral: no `u` flag). */
function cjkFrag(members: readonly string[]): string {
  if (members.length === 1) return members[0] ?? '';
  return members.some((m) => m.length > 1) ? `(?:${members.join('|')})` : `[${members.join('')}]`;
}

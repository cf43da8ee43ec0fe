/**
 * Build time: turns a folded alias into pattern units. Each unit is one position of the
 * alias with its tolerance built in, because the pattern runs on raw page text (offsets
 * must map straight back to the DOM): case via the `i` flag, toned/diacritic vowels,
 * full-width Latin, ё/е, quote and dash variants, Chinese script variants, and
 * Russian case endings (ru-endings.ts).
 */
import { APOSTROPHE_CHARS, DASH_CHARS, INVISIBLE_CHARS, MIDDOT_CHARS, QUOTE_CHARS } from './fold';
import { endingsPattern, splitRussianWord } from './ru-endings';

/** word: Latin/Cyrillic letter or digit; end: optional Russian ending group; sep: space/hyphen. */
export type UnitType = 'word' | 'cjk' | 'sep' | 'end' | 'punct';
export interface Unit {
  /** Folded form: equal keys share a trie edge. */
  key: string;
  /** Regex source matching this position. */
  frag: string;
  type: UnitType;
}

/** Escape for use outside a character class (u flag: escaping '-' there is an error). */
const esc = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
/** Escape for use inside a character class. */
const escIn = (s: string): string => s.replace(/[\\\]^-]/g, '\\$&');
const COMBINING = '\u0300-\u036F';
const INV = escIn(INVISIBLE_CHARS);
const DASH = escIn(DASH_CHARS);

/** Allowed between two letters of a word: combining marks (NFD text, Russian stress) and invisibles. */
export const Z_WORD = `[${COMBINING}${INV}]*`;
/** Allowed between two CJK characters: invisibles only. */
export const Z_CJK = `[${INV}]*`;
/** A letter, mark or digit of a spaced script: what a Latin/Cyrillic name must not touch. */
const WORD_CHAR = '[\\p{sc=Latn}\\p{sc=Cyrl}\\p{sc=Grek}\\p{M}\\p{N}]';
/** Before a Latin/Cyrillic alias. CJK letters are NOT word chars: "在Stalin时" matches. */
export const WORD_START = `(?<!${WORD_CHAR}\\p{Cf}*)`;
/** After a Latin/Cyrillic alias: "Stalin" not in "Stalingrad"/"Stalin\u00ADgrad"; "Khrushchev's" ok. */
export const WORD_END = `[${COMBINING}]*(?!\\p{Cf}*${WORD_CHAR})`;

/** Pinyin tones and common diacritics on each vowel (`i` flag adds the capitals). */
const VOWELS: Record<string, string> = {
  a: 'aāáǎàâäãå',
  e: 'eēéěèêëẽếề',
  i: 'iīíǐìîïĩ',
  o: 'oōóǒòôöõ',
  u: 'uūúǔùûüũůǖǘǚǜ',
};
const fullWidth = (c: string): string => String.fromCharCode(c.charCodeAt(0) + 0xfee0);

function letterUnit(ch: string): Unit {
  if (/[a-z0-9]/.test(ch)) return { key: ch, frag: `[${VOWELS[ch] ?? ch}${fullWidth(ch)}]`, type: 'word' };
  if (ch === 'е') return { key: ch, frag: '[её]', type: 'word' };
  if (ch === 'й') return { key: ch, frag: '(?:й|и\u0306)', type: 'word' };
  return { key: ch, frag: esc(ch), type: 'word' };
}

const PUNCT: Record<string, string> = {
  "'": `[${escIn(APOSTROPHE_CHARS)}]`,
  '"': `[${escIn(QUOTE_CHARS)}]`,
  // Transliterated Chinese names are also written without the dot (约瑟夫斯大林).
  '\u00B7': `[${escIn(MIDDOT_CHARS)}]?`,
};
/** A space or hyphen in the alias: any run of whitespace/dashes (invisibles may follow). */
export const SEP_UNIT: Unit = { key: ' ', frag: `[\\s${DASH}][\\s${DASH}${INV}]*`, type: 'sep' };

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
      const split = glued ? undefined : splitRussianWord(tok);
      for (const c of split?.stem ?? tok) units.push(letterUnit(c));
      if (split) units.push({ key: `\u0001${split.set}`, frag: endingsPattern(split.set), type: 'end' });
    } else if (tok === ' ') {
      units.push(SEP_UNIT);
    } else if (CJK.test(tok)) {
      const members = zhClass(tok);
      units.push({ key: tok, frag: members.length > 1 ? `[${members.join('')}]` : tok, type: 'cjk' });
    } else if (LETTER.test(tok)) {
      units.push(letterUnit(tok));
    } else {
      units.push({ key: tok, frag: PUNCT[tok] ?? esc(tok), type: 'punct' });
    }
  }
  return units;
}

/** What may sit between two adjacent units on the page. */
export function joiner(prev: Unit, next: Unit): string {
  if (prev.type === 'sep' || next.type === 'sep') return prev.type === 'word' || prev.type === 'end' ? Z_WORD : '';
  if (prev.type === 'cjk' || next.type === 'cjk') return Z_CJK;
  return Z_WORD;
}

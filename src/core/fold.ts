/**
 * The fold: one canonical spelling for comparing names.
 * Shared by the matcher's build step (de-duplicating aliases, building the trie) and the
 * popup's lookup, so "Khrushchëv", "ＫＨＲＵＳＨＣＨＥＶ", "Máo Zédōng", "Хрущёв" and "毛澤東"
 * compare equal to the forms written in data/. Russian case endings are NOT stripped here:
 * no suffix-stripping rule is consistent for both "Хрущев" and "Хрущева"; the page
 * matcher handles endings in its pattern instead (see ru-endings.ts).
 */

/** Soft hyphen and zero-width characters: invisible, may sit inside any word. */
export const INVISIBLE_CHARS = '\u00AD\u200B\u200C\u200D\u2060\uFEFF';
/** Hyphen-like characters: ASCII hyphen-minus, hyphen, non-breaking hyphen, figure dash,
 * en/em dash, horizontal bar, minus sign, small/full-width hyphen-minus. */
export const DASH_CHARS = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D';
/** Apostrophes and single quotes (folded to '). */
export const APOSTROPHE_CHARS = "'\u2018\u2019\u201A\u201B\u2032\u02BC`\u00B4";
/** Double quotes and guillemets (folded to "). */
export const QUOTE_CHARS = '"\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB';
/** Middle dots used between the parts of transliterated names (约瑟夫·斯大林). */
export const MIDDOT_CHARS = '\u00B7\u2027\u30FB\u2022\u2219';

const cls = (chars: string): string => chars.replace(/[-\\\]^]/g, '\\$&');
const INVISIBLE_RE = new RegExp(`[${cls(INVISIBLE_CHARS)}]`, 'g');
// Dashes fold to a space: the matcher lets a space stand for a hyphen ("Molotov Ribbentrop"),
// so both spellings must fold to the same key.
const DASH_RE = new RegExp(`[${cls(DASH_CHARS)}]`, 'g');
const APOSTROPHE_RE = new RegExp(`[${cls(APOSTROPHE_CHARS)}]`, 'g');
const QUOTE_RE = new RegExp(`[${cls(QUOTE_CHARS)}]`, 'g');
const MIDDOT_RE = new RegExp(`[${cls(MIDDOT_CHARS)}]`, 'g');
const MARK_RE = /\p{Mn}/gu;

/**
 * Fold `text` for comparison: drops invisibles, maps full-width to ASCII (NFKD), lowercases,
 * strips diacritics and pinyin tones (ü→u, ё→е; й stays й), turns dashes into spaces,
 * unifies quotes, apostrophes and middle dots, collapses whitespace.
 * `zh` maps Chinese variant characters to one canonical character (CompiledMatcher.zhFold),
 * so Traditional and Simplified spellings fold alike.
 */
export function fold(text: string, zh?: Readonly<Record<string, string>>): string {
  let s = text.replace(INVISIBLE_RE, '').normalize('NFKD').toLowerCase();
  s = s.replace(/и\u0306/g, 'й').replace(MARK_RE, '');
  s = s
    .replace(DASH_RE, ' ')
    .replace(APOSTROPHE_RE, "'")
    .replace(QUOTE_RE, '"')
    .replace(MIDDOT_RE, '\u00B7')
    .replace(/\s+/g, ' ')
    .trim();
  if (zh === undefined) return s;
  let out = '';
  for (const ch of s) out += zh[ch] ?? ch;
  return out;
}

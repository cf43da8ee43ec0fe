/**
 * What the page matcher assumes about raw text, shared by build and page time.
 *
 * The patterns run on raw page text and carry most tolerance themselves (case, tones, ё/е,
 * dashes, quotes, script variants). Four rarer things are NOT in the patterns, because
 * allowing them between every two letters made the pattern 3–4× larger, and V8 stops
 * optimising a regex source above 20 K characters (scans became 10–100× slower):
 * soft hyphens and zero-width characters, combining marks (NFD text, Russian stress marks),
 * full-width letters and digits, and small/full-width hyphens. A text that contains one of
 * them (RARE) is matched through a shadow copy without them, whose offsets map back to the
 * raw text exactly.
 */

/** Letters, digits and marks of spaced scripts (Latin, Greek, Cyrillic): what a name must not touch. */
export const WORD_CLASS =
  '0-9a-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u052f\\u1dc0-\\u1fff\\u2c60-\\u2c7f\\ua640-\\ua69f\\ua720-\\ua7ff';
/** One character of WORD_CLASS. */
export const WORD_CHAR = new RegExp(`[${WORD_CLASS}]`, 'i');

/**
 * Whether a UTF-16 unit is one of WORD_CHAR (capitals included, as its `i` flag takes them), without a
 * regex call: the trie walk asks this at every alias end and across every ending.
 * tests/unit/matcher-walk.test.ts checks it against WORD_CHAR for every unit.
 */
export function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  if (c <= 0x52f) return c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7);
  return (
    (c >= 0x1dc0 && c <= 0x1fff) ||
    // Letters outside the class whose capitals are in it (old Cyrillic and phonetic forms).
    (c >= 0x1c80 && c <= 0x1c88) ||
    c === 0x1d79 ||
    c === 0x1d7d ||
    c === 0x1d8e ||
    c === 0xab53 ||
    (c >= 0x2c60 && c <= 0x2c7f) ||
    (c >= 0xa640 && c <= 0xa69f) ||
    (c >= 0xa720 && c <= 0xa7ff)
  );
}

/**
 * Characters a Chinese (or other CJK) alias can start with, as a regex source: the CJK
 * patterns are scanned only in texts that have one (and try their trie only where one is).
 */
export const CJK_CLASS =
  '(?:[\\u1100-\\u11ff\\u2e80-\\u2fdf\\u3005-\\u3007\\u3021-\\u3029\\u3038-\\u303b\\u3040-\\u30ff\\u3130-\\u318f' +
  '\\u31f0-\\u31ff\\u3400-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff\\uff66-\\uff9f]|[\\ud840-\\ud87f])';
/** Cyrillic letters, as a regex source: what a Russian alias starts with. */
export const CYRILLIC_CLASS = '[\\u0400-\\u04ff]';

/** Soft hyphen, zero-width space/joiners, word joiner, BOM; combining marks; full-width
 * letters/digits; small and full-width hyphen-minus. */
export const RARE =
  /[\u00ad\u200b-\u200d\u2060\ufeff\u0300-\u036f\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\ufe58\ufe63\uff0d]/;
const DROPPED = /[\u00ad\u200b-\u200d\u2060\ufeff\u0300-\u036f]+/g;
const FULL_WIDTH = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\ufe58\ufe63\uff0d]/g;
const FULL_WIDTH_CHAR = new RegExp(FULL_WIDTH.source);
const PLAIN_EDITS = new RegExp(`${DROPPED.source}|${FULL_WIDTH.source}`, 'g');
/** The ASCII character a full-width letter/digit or odd hyphen stands for (same length). */
function ascii(code: number): number {
  if (code === 0xfe58 || code === 0xfe63 || code === 0xff0d) return 0x2d;
  const full =
    (code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
  return full ? code - 0xfee0 : code;
}
const toAscii = (c: string): string => String.fromCharCode(ascii(c.charCodeAt(0)));

/** Whether `index` is inside a word: a Latin/Cyrillic name cannot start there ("Stalin" in "Estalin"). */
export function insideWord(text: string, index: number): boolean {
  return index > 0 && isWordCode(text.charCodeAt(index)) && isWordCode(text.charCodeAt(index - 1));
}

/**
 * The text without RARE characters, for the prefilter's yes/no (no offsets, so native
 * replaces only). Marks are dropped, not composed: the prefilter also accepts и for й, and
 * its vowels accept the bare letter.
 */
export function plainText(text: string): string {
  if (!RARE.test(text)) return text;
  // One pass over the text (pages run this on all their text at once).
  return text.replace(PLAIN_EDITS, (m) => (FULL_WIDTH_CHAR.test(m) ? toAscii(m) : ''));
}

/**
 * Maps offsets into plainText(text) back to offsets into text. Only dropped characters shift
 * offsets (full-width ones are replaced one for one): one native scan for them, then a binary
 * search per offset.
 */
export function plainToRaw(text: string): (plainOffset: number) => number {
  const dropped = new RegExp(DROPPED.source, 'g');
  // Plain position of each run of dropped characters, and how many were dropped up to its end.
  const at: number[] = [];
  const shift: number[] = [];
  let removed = 0;
  for (let m = dropped.exec(text); m !== null; m = dropped.exec(text)) {
    at.push(m.index - removed);
    removed += m[0].length;
    shift.push(removed);
  }
  return (p) => {
    // The last run at or before p shifts it.
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((at[mid] ?? Infinity) <= p) lo = mid + 1;
      else hi = mid;
    }
    return p + (lo > 0 ? (shift[lo - 1] ?? 0) : 0);
  };
}

export interface Shadow {
  text: string;
  /** Raw offset where shadow character i starts. */
  starts: number[];
  /** Raw offset just after shadow character i (and any marks folded into it). */
  ends: number[];
}

/**
 * The text without RARE characters, with offsets back to the raw text: invisibles dropped,
 * a combining mark composed into the letter before it when Unicode has that letter (и+◌̆ → й,
 * e+◌́ → é) and dropped otherwise (Russian stress), full-width letters, digits and odd
 * hyphens made ASCII.
 */
export function shadowText(text: string): Shadow {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff) continue;
    const last = out.length - 1;
    if (code >= 0x300 && code <= 0x36f) {
      if (last < 0) continue;
      const composed = `${out[last]}${text.charAt(i)}`.normalize('NFC');
      if (composed.length === 1) out[last] = composed;
      ends[last] = i + 1;
      continue;
    }
    const mapped = ascii(code);
    out.push(mapped === code ? text.charAt(i) : String.fromCharCode(mapped));
    starts.push(i);
    ends.push(i + 1);
  }
  return { text: out.join(''), starts, ends };
}

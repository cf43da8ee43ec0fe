/**
 * The comparison key for aliases. The matcher is case-, tone- and dash-insensitive and converts
 * between Traditional and Simplified Chinese, so two aliases that differ only in those ways are
 * the same alias to it; validation must compare them the same way.
 */
import { Converter } from 'opencc-js/t2cn';

// Folding to Simplified is many-to-one (爲/為 → 为, 裏/裡 → 里), so variant Traditional forms meet.
const toSimplified = Converter({ from: 't', to: 'cn' });

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
// Only marks on Latin letters are tones/diacritics to ignore; й and ё are distinct Russian letters.
const LATIN_MARKS = /(\p{Script=Latin})\p{M}+/gu;

export function aliasKey(text: string): string {
  return toSimplified(text.normalize('NFC'))
    .normalize('NFD')
    .replace(LATIN_MARKS, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

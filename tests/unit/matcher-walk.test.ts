// The trie walk (matcher-walk.ts) stands in for group regexes: its pieces must accept exactly what the
// regex forms they replace accepted. Whole-data equivalence is in matcher-groups.test.ts.
import { describe, expect, it } from 'vitest';
import { isWordCode, WORD_CHAR } from '../../src/core/matcher-text';
import { createTrieWalker, type WalkHit } from '../../src/core/matcher-walk';
import { endingsOf, flatTrie, WalkUnits } from '../../src/core/matcher-walk-build';
import { toUnits } from '../../src/core/matcher-units';
import { ENDING_PATTERNS, splitRussianWord } from '../../src/core/ru-endings';

describe('isWordCode', () => {
  it('is WORD_CHAR for every UTF-16 unit', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (isWordCode(c) !== WORD_CHAR.test(String.fromCharCode(c))) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });
});

/** Every string over the pattern's own letters up to `max` long that the regex takes. */
function regexLanguage(pattern: string, max: number): string[] {
  const re = new RegExp(`^(?:${pattern})$`);
  const alphabet = [...new Set(pattern.replace(/[^а-яё]/g, ''))];
  const out: string[] = [];
  const grow = (s: string): void => {
    if (re.test(s)) out.push(s);
    if (s.length < max) for (const c of alphabet) grow(s + c);
  };
  grow('');
  return out.sort();
}

describe('endingsOf', () => {
  const patterns = [
    ...Object.values(ENDING_PATTERNS),
    // The shapes splitRussianWord makes beyond the sets: plural genitives and fleeting vowels.
    ...['специалистов', 'статей', 'скачок', 'отец'].map((w) => splitRussianWord(w, true)?.pattern ?? ''),
  ];

  it.each(patterns)('lists exactly what %s matches', (pattern) => {
    expect(pattern).not.toBe('');
    const listed = endingsOf(pattern).sort();
    const longest = Math.max(...listed.map((s) => s.length));
    expect(longest).toBeLessThanOrEqual(5);
    // One letter longer than the longest listed: nothing longer may match either.
    expect(listed).toEqual(regexLanguage(pattern, longest + 1));
  });

  it('fails the build for a form it cannot list', () => {
    expect(() => endingsOf('а+')).toThrow(/cannot list/);
    expect(() => endingsOf('(?:а|б')).toThrow(/cannot list/);
  });
});

describe('createTrieWalker', () => {
  const zhClass = (c: string): string[] => [c];
  const compile = (aliases: string[]) => {
    const units = new WalkUnits();
    const trie = flatTrie(
      aliases.map((a, i) => ({ units: toUnits(a, zhClass), code: i << 2 })),
      units,
    );
    const walker = createTrieWalker(units.specs);
    return (text: string): [string, number][] => {
      const found: WalkHit[] = [];
      walker.walk(text, trie, 0, text.length, found);
      return found.map((h) => [text.slice(h.start, h.end), h.code >> 2]);
    };
  };

  it('takes the longest alias at a start, across a run of separators', () => {
    const find = compile(['mao', 'mao zedong']);
    expect(find('Chairman MAO \n Zedong spoke')).toEqual([['MAO \n Zedong', 1]]);
    expect(find('mao-zedong and Mao')).toEqual([
      ['mao-zedong', 1],
      ['Mao', 0],
    ]);
  });

  it('does not end a Latin or Cyrillic alias inside a word, nor start one there', () => {
    const find = compile(['stalin']);
    expect(find('Stalingrad, destalin, Stalin’s')).toEqual([['Stalin', 0]]);
  });

  it('follows Russian endings in any case, and only whole ones', () => {
    const find = compile(['сталин']);
    expect(find('СТАЛИНЫМ и Сталину, не Сталинград')).toEqual([
      ['СТАЛИНЫМ', 0],
      ['Сталину', 0],
    ]);
  });

  it('accepts toned vowels and capitals as the regex did', () => {
    const find = compile(['zhou enlai']);
    expect(find('ZHŌU ĒNLÁI')).toEqual([['ZHŌU ĒNLÁI', 0]]);
  });
});

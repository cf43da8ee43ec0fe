// hits(): where the content script looks for mentions on a whole page's text. Every mention find()
// returns must lie around an offset hits() gives, with offsets into the raw text even when the text
// has characters the prefilter drops (soft hyphens, zero-width characters, combining marks).
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/core/matcher';
import { compileMatcher } from '../../src/core/matcher-compile';
import { plainText, plainToRaw } from '../../src/core/matcher-text';

const plainOffsetsToRaw = (text: string, offsets: number[]): number[] => offsets.map(plainToRaw(text));
import { FIXTURE_TOPICS } from './matcher-fixture';

const matcher = createMatcher(compileMatcher(FIXTURE_TOPICS, { zhVariants: () => [] }));

/** Each candidate must contain a hit (a fragment starts inside the alias as written). */
function expectEveryMentionHit(text: string): void {
  const hits = matcher.hits(text);
  const found = matcher.find(text);
  expect(found.length, text).toBeGreaterThan(0);
  for (const c of found) {
    expect(
      hits.some((h) => h >= c.start && h < c.end),
      `${text.slice(c.start, c.end)} in ${JSON.stringify(text)}`,
    ).toBe(true);
  }
}

describe('hits', () => {
  it('is empty where nothing can match, and agrees with mayMatch', () => {
    for (const text of ['The quick brown fox.', 'the Volga', '天气很好', 'Погода хорошая', '']) {
      expect(matcher.hits(text), text).toEqual([]);
      expect(matcher.mayMatch(text)).toBe(false);
    }
  });
  it('gives sorted offsets inside every mention, in every script', () => {
    const text = 'Stalin met Mao Zedong; later 毛澤東 wrote to Хрущёву, and Khrushchev replied.';
    const hits = matcher.hits(text);
    expect([...hits].sort((a, b) => a - b)).toEqual(hits);
    expectEveryMentionHit(text);
  });
  it('maps offsets back to the raw text past soft hyphens, zero-width characters and combining marks', () => {
    for (const text of [
      'Intro\u00AD\u200B text. Khru\u00ADshchev spoke, then Stalin.',
      'Ma\u0301o Ze\u0301dong\u200B and Сталиным\u00AD, then Ｓｔａｌｉｎ.',
      '\u200B\u200B\u200BStalin',
    ]) {
      expectEveryMentionHit(text);
    }
  });
  it('finds fragments in text whose blocks were joined with no separator', () => {
    // body.textContent of <li>Khrushchev</li><li>Brezhnev</li>
    expect(matcher.hits('KhrushchevBrezhnev')).toContain(0);
  });
  it('resets between calls (global regexes keep lastIndex)', () => {
    const text = 'Stalin and Stalin';
    expect(matcher.hits(text)).toEqual(matcher.hits(text));
    expect(matcher.mayMatch('Stalin')).toBe(true);
    expect(matcher.mayMatch('Stalin')).toBe(true);
  });
});

describe('hitScanner', () => {
  const text = `${'Filler text with no names at all. '.repeat(40)}Khru\u00ADshchev and Stalin, then 毛澤東 and Хрущёву; ${'more filler. '.repeat(30)}Mao Zedong.`;
  it('gives, part by part, exactly what hits() gives for the whole text', () => {
    const whole = matcher.hits(text);
    expect(whole.length).toBeGreaterThanOrEqual(4);
    for (const part of [1, 7, 13, 50, 400, 10_000]) {
      const scanner = matcher.hitScanner(text);
      const parts: number[] = [];
      for (let from = 0; from < scanner.length; from += part) parts.push(...scanner.hitsIn(from, from + part));
      expect(parts, `parts of ${part}`).toEqual(whole);
    }
  });
  it('finds names broken by rare characters whether they are few (windows) or many (whole text made plain)', () => {
    const filler = ' '.repeat(450);
    for (const count of [3, 100]) {
      const text = Array.from({ length: count }, (_, i) => (i % 2 ? 'Khru\u00ADshchev' : 'Ｓｔａｌｉｎ')).join(filler);
      const found = matcher.find(text);
      expect(found.length).toBe(count);
      expectEveryMentionHit(text);
    }
  });
  it('follows a fragment past the end of the part it starts in', () => {
    const scanner = matcher.hitScanner('xx Khrushchev');
    expect(scanner.hitsIn(0, 4)).toEqual([3]);
    expect(scanner.hitsIn(4, 100)).toEqual([]);
  });
});

describe('plainToRaw', () => {
  it('is the identity for text without dropped characters', () => {
    expect(plainOffsetsToRaw('abc', [0, 1, 2])).toEqual([0, 1, 2]);
  });
  it('shifts each offset by the dropped characters before it', () => {
    const raw = 'a\u00ADb\u200B\u200Bcd\u0301e';
    const plain = plainText(raw);
    expect(plain).toBe('abcde');
    const offsets = [0, 1, 2, 3, 4];
    const mapped = plainOffsetsToRaw(raw, offsets);
    expect(mapped).toEqual([0, 2, 5, 6, 8]);
    for (const [i, p] of offsets.entries()) expect(raw.charAt(mapped[i] ?? -1)).toBe(plain.charAt(p));
  });
  it('keeps full-width letters one for one', () => {
    expect(plainText('ＳｔａｌｉｎX')).toBe('StalinX');
    expect(plainOffsetsToRaw('Ｓｔａｌｉｎ', [0, 5])).toEqual([0, 5]);
  });
});

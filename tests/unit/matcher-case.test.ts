// spellOutCase: the Cyrillic prefilter runs without the `i` flag, its capitals written out. It must
// match exactly what the case-insensitive source matched.
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/core/matcher';
import { spellOutCase } from '../../src/core/matcher-case';
import { compileMatcher } from '../../src/core/matcher-compile';
import { FIXTURE_TOPICS } from './matcher-fixture';

describe('spellOutCase', () => {
  it('adds the capital of each letter, in and out of classes, and leaves escapes alone', () => {
    expect(spellOutCase('сталин')).toBe('[сС][тТ][аА][лЛ][иИ][нН]');
    expect(spellOutCase('[а-яё]{0,5}')).toBe('[а-яёЁА-Я]{0,5}');
    expect(spellOutCase('[её]\\W+')).toBe('[еёЁЕ]\\W+');
    expect(spellOutCase('(?=[\\u0400-\\u04ff])x')).toBe('(?=[\\u0400-\\u04ff])[xX]');
    expect(spellOutCase('1945|\\u0434')).toBe('1945|\\u0434');
  });
  it('refuses what it cannot spell out', () => {
    expect(() => spellOutCase('[^а]')).toThrow(/negated/);
    expect(() => spellOutCase('[а')).toThrow(/unclosed/);
  });
  it('matches what the case-insensitive source matches, on the compiled Cyrillic prefilter', () => {
    const compiled = compileMatcher(FIXTURE_TOPICS, { zhVariants: () => [] });
    const spelt = compiled.prefilter.find((p) => p.script === 'cyrillic');
    if (!spelt) throw new Error('no Cyrillic prefilter in the fixture');
    expect(spelt.flags).toBe('g');
    const texts = ['Сталин', 'СТАЛИНЫМ', 'сталину', 'Хрущёв и ХРУЩЕВ', 'Лушунь', 'Погода хорошая', 'Stalin'];
    const matcher = createMatcher(compiled);
    for (const text of texts) {
      const found = matcher.find(text).length > 0;
      if (found) expect(matcher.hits(text).length, text).toBeGreaterThan(0);
    }
    expect(matcher.hits('СТАЛИНЫМ').length).toBeGreaterThan(0);
    expect(matcher.hits('Погода хорошая')).toEqual([]);
  });
});

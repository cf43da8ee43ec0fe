// The content script asks the prefilter about body.textContent first, which joins blocks with no
// separator: "<li>Khrushchev</li><li>Brezhnev</li>" reads "KhrushchevBrezhnev". The prefilter must
// still say "maybe" there, or a page whose mentions all end right before a block is never scanned.
import * as OpenCC from 'opencc-js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Topic } from '../../src/core/kb-types';
import { compileMatcher } from '../../src/core/matcher-compile';
import { createMatcher } from '../../src/core/matcher';

const topics = JSON.parse(readFileSync(join(__dirname, '..', '..', 'data', 'topics.json'), 'utf8')) as Topic[];
const converters = [OpenCC.Converter({ from: 'cn', to: 'tw' }), OpenCC.Converter({ from: 'tw', to: 'cn' })];
const matcher = createMatcher(compileMatcher(topics, { zhVariants: (s) => converters.map((c) => c(s)) }));

describe('prefilter on text joined across blocks', () => {
  it.each([
    ['KhrushchevBrezhnev', 'Khrushchev'],
    ['Mao ZedongChairman of the party', 'Mao Zedong'],
    ['СталинБрежнев', 'Сталин'],
    ['Zhenbao IslandUssuri river', 'Zhenbao Island'],
  ])('says maybe for %s', (joined) => {
    expect(matcher.mayMatch(joined)).toBe(true);
  });

  it('while the full match still needs a word end', () => {
    expect(matcher.find('KhrushchevBrezhnev')).toEqual([]);
    expect(matcher.find('Khrushchev Brezhnev').map((c) => c.topic)).toEqual(['khrushchev', 'brezhnev']);
  });

  it('and still says no where nothing can match', () => {
    expect(matcher.mayMatch('A page about ice cream, football and the weather in Wellington.')).toBe(false);
  });
});

// The pure lookup ranking: any name in any language, folded; exact names first.
import { describe, expect, it } from 'vitest';
import { buildLookupIndex, lookupKey, searchTopics } from '../../../src/core/lookup';
import { fixtureKb, fixtureRomanize, fixtureZhFold } from './fixture-kb';

const plain = buildLookupIndex(fixtureKb.topics, { zh: fixtureZhFold });
const first = (query: string, index = plain): string | undefined => searchTopics(index, query)[0]?.topic;

describe('lookup keys', () => {
  it('fold case, diacritics, ё, dashes, spaces and Traditional characters alike', () => {
    expect(lookupKey('Lüshun')).toBe(lookupKey('LUSHUN'));
    expect(lookupKey('Хрущёв')).toBe(lookupKey('хрущев'));
    expect(lookupKey('Mao Tse-tung')).toBe(lookupKey('maotsetung'));
    expect(lookupKey('毛澤東', fixtureZhFold)).toBe(lookupKey('毛泽东', fixtureZhFold));
    expect(lookupKey('ＫＨＲＵＳＨＣＨＥＶ')).toBe('khrushchev');
  });
});

describe('searchTopics', () => {
  it('finds topics across languages, scripts and spellings', () => {
    expect(first('khrushchov')).toBe('khrushchev'); // a transliteration one letter away
    expect(first('毛澤東')).toBe('mao-zedong'); // Traditional
    expect(first('хрущев')).toBe('khrushchev'); // Russian without ё
    expect(first('lushun')).toBe('port-arthur'); // without the diaeresis
    expect(first('赫魯雪夫')).toBe('khrushchev'); // Taiwan's name
    expect(first('mao tse tung')).toBe('mao-zedong');
    expect(first('Port Arthur')).toBe('port-arthur'); // an ambiguous alias is still a name to look up
  });

  it('finds Chinese names by toneless pinyin', () => {
    const index = buildLookupIndex(fixtureKb.topics, { zh: fixtureZhFold, romanize: fixtureRomanize });
    expect(first('zhenbaodao', plain)).toBeUndefined();
    expect(first('zhenbaodao', index)).toBe('zhenbao-island');
    expect(first('Zhēnbǎo dǎo', index)).toBe('zhenbao-island');
    expect(first('helu', index)).toBe('khrushchev');
  });

  it('ranks an exact alias before prefixes and substrings', () => {
    const hits = searchTopics(plain, 'stalin');
    expect(hits.map((h) => h.topic)).toEqual(['stalin', 'destalinization']);
    expect(hits[0]?.tier).toBe('exact');
    expect(hits[1]?.tier).toBe('prefix'); // "Stalinism"
    expect(searchTopics(plain, 'talin').map((h) => h.tier)).toEqual(['substring', 'substring']);
  });

  it('says which name matched, and returns one hit per topic', () => {
    const [hit, ...rest] = searchTopics(plain, 'Хрущёв');
    expect(hit).toEqual({ topic: 'khrushchev', matched: 'Хрущёв', tier: 'exact' });
    expect(rest.filter((h) => h.topic === 'khrushchev')).toEqual([]);
  });

  it('allows no typo in short queries, and finds nothing for empty ones', () => {
    expect(searchTopics(plain, 'mau')).toEqual([]);
    expect(searchTopics(plain, '  ')).toEqual([]);
    expect(searchTopics(plain, 'zzzzzzzz')).toEqual([]);
  });
});

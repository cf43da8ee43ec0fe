import { describe, expect, it } from 'vitest';
import { gateAmbiguous, keepAmbiguous } from '../../src/core/ambiguity';
import { createMatcher, type Candidate } from '../../src/core/matcher';
import { compileMatcher } from '../../src/core/matcher-compile';
import { ENDING_PATTERNS, ENDING_SETS, splitRussianWord, type EndingSet } from '../../src/core/ru-endings';
import { FIXTURE_TOPICS } from './matcher-fixture';

// A tiny stand-in for OpenCC (the real conversions are exercised in matcher-real-data.test.ts).
const PAIRS = '泽澤 东東 鲁魯 晓曉 宝寶 岛島 苏蘇 条條 约約 顺順 跃躍 进進 恶惡 达達 关關 个個';
const toTrad = new Map(PAIRS.split(' ').map((p) => [p[0] ?? '', p[1] ?? '']));
const toSimp = new Map([...toTrad].map(([s, t]) => [t, s]));
const convert = (s: string, map: Map<string, string>): string => [...s].map((c) => map.get(c) ?? c).join('');
const zhVariants = (s: string): string[] => [convert(s, toTrad), convert(s, toSimp)];

const compiled = compileMatcher(FIXTURE_TOPICS, { zhVariants });
const matcher = createMatcher(compiled);

/** [topic, text as on the page, ambiguous] for each candidate. */
const found = (text: string): [string, string, boolean][] =>
  matcher.find(text).map((c) => [c.topic, text.slice(c.start, c.end), c.ambiguous]);
const CJK = /\p{sc=Han}/u;
const sentence = (alias: string): string => (CJK.test(alias) ? `前文${alias}后文` : `Before ${alias} after.`);

describe('every fixture alias', () => {
  const cases = FIXTURE_TOPICS.flatMap((t) => [
    ...Object.values(t.aliases).flatMap((list) => (list ?? []).map((text) => ({ id: t.id, text, ambiguous: false }))),
    ...(t.ambiguous ?? []).map((a) => ({ id: t.id, text: a.text, ambiguous: true })),
  ]);
  it.each(cases)('$text → $id', ({ id, text, ambiguous }) => {
    const s = sentence(text);
    expect(found(s)).toEqual([[id, text, ambiguous]]);
    expect(matcher.mayMatch(s)).toBe(true);
  });
});

describe('traps', () => {
  it.each([
    'Stalinorgel',
    'Stalingrad',
    'estalinista',
    'crystalinguini',
    'Maori',
    'Stalinist',
    'Stalino',
    'Stalin\u00ADgrad',
    'Сталинград',
    'сталинский',
    'Сталинизм',
    'Сталино',
    'Хрущёвка',
    'a Molotov cocktail',
    'Molotov cocktails',
    'коктейль Молотова',
    'Port Arthur, Texas',
    'a Mao suit',
    'Jamaoica',
    'Zhenbaoisland',
    'Kostalin',
    'Nomao',
    'Антисталин',
  ])('%s gives nothing', (text) => {
    expect(found(text)).toEqual([]);
  });
  it('a name glued to a word after a soft hyphen is still inside that word', () => {
    expect(found('x\u00ADStalin')).toEqual([]);
  });
});

describe('tolerance on raw page text', () => {
  it.each([
    ["Khrushchev's speech", 'khrushchev', 'Khrushchev'],
    ['Khrushchev’s speech', 'khrushchev', 'Khrushchev'],
    ['KHRUSHCHEV!', 'khrushchev', 'KHRUSHCHEV'],
    ['Khrushchov', 'khrushchev', 'Khrushchov'],
    ['Khru\u00ADshchev', 'khrushchev', 'Khru\u00ADshchev'],
    ['Ｓｔａｌｉｎ', 'stalin', 'Ｓｔａｌｉｎ'],
    ['ＳＴＡＬＩＮ.', 'stalin', 'ＳＴＡＬＩＮ'],
    ['Sta\u200Blin', 'stalin', 'Sta\u200Blin'],
    ['Jo\u00ADseph\u00A0Sta\u00ADlin', 'stalin', 'Jo\u00ADseph\u00A0Sta\u00ADlin'],
  ])('%s', (text, topic, name) => {
    expect(found(text)).toEqual([[topic, name, false]]);
  });

  it.each([
    'Molotov–Ribbentrop Pact',
    'Molotov—Ribbentrop Pact',
    'Molotov−Ribbentrop Pact',
    'Molotov-Ribbentrop Pact',
    'Molotov\u2011Ribbentrop Pact',
    'Molotov\u2012Ribbentrop Pact',
    'Molotov Ribbentrop Pact',
    'Molotov – Ribbentrop\u00A0Pact',
    'Molotov－Ribbentrop Pact',
    'molotov-ribbentrop pact',
  ])('dash variant: %s', (text) => {
    expect(found(`The ${text} of 1939`)).toEqual([['molotov-ribbentrop-pact', text, false]]);
  });

  it.each([
    ['Máo Zédōng', 'mao-zedong'],
    ['MÁO ZÉDŌNG', 'mao-zedong'],
    ['Mao Tsê-tung', 'mao-zedong'],
    ['Ma\u0301o Ze\u0301do\u0304ng', 'mao-zedong'],
    ['Lushun', 'port-arthur'],
    ['Lüshun', 'port-arthur'],
    ['Lu\u0308shunkou', 'port-arthur'],
  ])('tones and diacritics: %s', (name, topic) => {
    expect(found(`In ${name}, then.`)).toEqual([[topic, name, false]]);
  });

  it('Russian stress marks and NFD й', () => {
    expect(found('Ста\u0301лин и Хрущёв')).toEqual([
      ['stalin', 'Ста\u0301лин', false],
      ['khrushchev', 'Хрущёв', false],
    ]);
    expect(found('Никита Хрущев')).toEqual([['khrushchev', 'Никита Хрущев', false]]);
    expect(found('остров Даманскии\u0306')).toEqual([['zhenbao-island', 'остров Даманскии\u0306', false]]);
    expect(found('на острове Даманском')).toEqual([['zhenbao-island', 'острове Даманском', false]]);
  });

  it('Traditional, Simplified and mixed Chinese', () => {
    expect(found('毛澤東、毛泽东、毛泽東')).toEqual([
      ['mao-zedong', '毛澤東', false],
      ['mao-zedong', '毛泽东', false],
      ['mao-zedong', '毛泽東', false],
    ]);
    expect(found('赫魯雪夫和赫魯曉夫')).toEqual([
      ['khrushchev', '赫魯雪夫', false],
      ['khrushchev', '赫魯曉夫', false],
    ]);
    expect(found('史太林和斯大林')).toEqual([
      ['stalin', '史太林', false],
      ['stalin', '斯大林', false],
    ]);
    expect(found('约瑟夫·斯大林，約瑟夫斯大林')).toEqual([
      ['stalin', '约瑟夫·斯大林', false],
      ['stalin', '約瑟夫斯大林', false],
    ]);
    expect(found('在Stalin时代')).toEqual([['stalin', 'Stalin', false]]);
    expect(found('毛\u200B泽东')).toEqual([['mao-zedong', '毛\u200B泽东', false]]);
  });
});

describe('Russian case endings', () => {
  it.each([
    ['Сталина', 'stalin'],
    ['Сталину', 'stalin'],
    ['Сталиным', 'stalin'],
    ['Сталине', 'stalin'],
    ['Хрущёва', 'khrushchev'],
    ['Хрущеву', 'khrushchev'],
    ['Хрущёвым', 'khrushchev'],
    ['Никиты Хрущёва', 'khrushchev'],
    ['пакта Молотова — Риббентропа', 'molotov-ribbentrop-pact'],
    ['пакту Молотова-Риббентропа', 'molotov-ribbentrop-pact'],
    ['Большого скачка', 'great-leap-forward'],
    ['Большим скачком', 'great-leap-forward'],
    ['советско-китайского раскола', 'sino-soviet-split'],
    ['Договора о дружбе, союзе и взаимной помощи', 'treaty-1950'],
  ])('%s → %s', (text, topic) => {
    expect(found(`Речь о ${text} здесь.`)).toEqual([[topic, text, false]]);
  });

  it.each(Object.keys(ENDING_SETS) as EndingSet[])('the %s pattern accepts each of its endings', (set) => {
    const re = new RegExp(`^${ENDING_PATTERNS[set]}$`, 'i');
    for (const ending of ENDING_SETS[set]) expect(re.test(ending), ending).toBe(true);
  });
  it('the patterns reject derivations', () => {
    for (const set of Object.keys(ENDING_SETS) as EndingSet[]) {
      const re = new RegExp(`^${ENDING_PATTERNS[set]}$`, 'i');
      for (const other of ['град', 'ский', 'изм', 'ист', 'овка', 'ка', 'ско'])
        expect(re.test(other), `${set} ${other}`).toBe(false);
    }
  });
  it('splits words by their shape', () => {
    expect(splitRussianWord('сталин')).toMatchObject({ stem: 'сталин', key: 'noun' });
    expect(splitRussianWord('молотова')).toMatchObject({ stem: 'молотов', key: 'noun' });
    expect(splitRussianWord('даманский')).toMatchObject({ stem: 'даманск', key: 'adj' });
    expect(splitRussianWord('скачок')).toMatchObject({ stem: 'скач' });
    expect(splitRussianWord('мао')).toBeUndefined();
    expect(splitRussianWord('чжоу')).toBeUndefined();
  });
});

describe('longest match, blockers, order', () => {
  it('prefers the longest alias at a start', () => {
    expect(found('Mao Zedong spoke.')).toEqual([['mao-zedong', 'Mao Zedong', false]]);
    expect(found('the Soviet–German Non-Aggression Treaty')).toEqual([
      ['molotov-ribbentrop-pact', 'Soviet–German Non-Aggression Treaty', false],
    ]);
    expect(found('a Non-Aggression Treaty')).toEqual([['molotov-ribbentrop-pact', 'Non-Aggression Treaty', true]]);
    expect(found('Molotov–Ribbentrop Pact')).toEqual([['molotov-ribbentrop-pact', 'Molotov–Ribbentrop Pact', false]]);
  });

  it('drops never phrases but keeps the bare ambiguous alias', () => {
    expect(found('He threw a Molotov cocktail.')).toEqual([]);
    expect(found('Molotov said no.')).toEqual([['molotov', 'Molotov', true]]);
    expect(found('Molotov cocktails and Molotov')).toEqual([['molotov', 'Molotov', true]]);
    expect(found('Port Arthur, Texas; Port Arthur in 1904')).toEqual([['port-arthur', 'Port Arthur', true]]);
  });

  it('returns non-overlapping candidates in order with exact offsets', () => {
    const text = 'Stalin, Mao Zedong (毛泽东) and Хрущёвым: the Sino-Soviet split, Lüshun; Молотов.';
    const cs = matcher.find(text);
    expect(cs.map((c) => text.slice(c.start, c.end))).toEqual([
      'Stalin',
      'Mao Zedong',
      '毛泽东',
      'Хрущёвым',
      'Sino-Soviet split',
      'Lüshun',
      'Молотов',
    ]);
    cs.slice(1).forEach((c, i) => expect(c.start).toBeGreaterThanOrEqual(cs[i]?.end ?? 0));
  });

  it('gives the same answers when the trie is spread over many small patterns', () => {
    const split = compileMatcher(FIXTURE_TOPICS, { zhVariants, maxPatternChars: 400, wholePatterns: true });
    expect(split.patterns.length).toBeGreaterThan(3);
    expect(split.groups).toEqual([]);
    const text =
      'Stalin, Mao Zedong, Mao suit, 毛澤東, Хрущёвым, Molotov cocktail, Molotov, Lüshunkou, Сталинград, 旅顺口.';
    expect(createMatcher(split).find(text)).toEqual(matcher.find(text));
    expect(matcher.find(text).length).toBe(7);
  });
});

describe('mayMatch', () => {
  it('says no where nothing can match', () => {
    for (const text of ['The quick brown fox.', 'the Volga', '天气很好', 'Погода хорошая', '']) {
      expect(matcher.mayMatch(text), text).toBe(false);
    }
  });
  it('says maybe for a word that only starts like an alias (it checks no word end), which find() rejects', () => {
    for (const text of ['Stalingrad', 'the Maori']) {
      expect(matcher.mayMatch(text), text).toBe(true);
      expect(matcher.find(text), text).toEqual([]);
    }
  });
  it('says yes whenever find() finds something', () => {
    for (const text of [
      'Ｓｔａｌｉｎ',
      'Khru\u00ADshchev',
      'Ma\u0301o Ze\u0301dong',
      'Сталиным',
      '毛澤東',
      'Большим скачком',
    ]) {
      expect(matcher.find(text).length, text).toBeGreaterThan(0);
      expect(matcher.mayMatch(text), text).toBe(true);
    }
  });
});

describe('compileMatcher', () => {
  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(compiled))).toEqual(compiled);
  });
  it('refuses one text claimed by two topics, but lets a never phrase yield to an alias', () => {
    const [a, b] = FIXTURE_TOPICS;
    if (!a || !b) throw new Error('fixture');
    expect(() => compileMatcher([a, { ...b, aliases: { en: ['Mao Zedong'] } }], { zhVariants })).toThrow(
      /match the same text/,
    );
    const c = createMatcher(compileMatcher([a, { ...b, aliases: { en: ['Mao suit'] } }], { zhVariants }));
    expect(c.find('a Mao suit').map((x) => x.topic)).toEqual([b.id]);
  });
});

describe('the ambiguity rule', () => {
  const amb: Candidate = { topic: 'molotov', start: 0, end: 7, ambiguous: true };
  const plain: Candidate = { topic: 'stalin', start: 10, end: 16, ambiguous: false };
  it('drops ambiguous mentions when the document has no unambiguous one', () => {
    expect(keepAmbiguous([amb])).toEqual([]);
    expect(gateAmbiguous([amb], false)).toEqual([]);
  });
  it('keeps them when it has one, here or elsewhere in the document', () => {
    expect(keepAmbiguous([amb, plain])).toEqual([amb, plain]);
    expect(gateAmbiguous([amb], true)).toEqual([amb]);
  });
});

// The real data/topics.json through the real build wiring (OpenCC conversions as in
// src/build/prepare-data.ts): every alias is found as exactly its topic, and every `never`
// phrase yields nothing. Fails if the file is missing: the data is part of the product.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import type { Topic } from '../../src/core/kb-types';
import { createMatcher } from '../../src/core/matcher';
import { compileMatcher, MAX_PATTERN_CHARS } from '../../src/core/matcher-compile';

const topics = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../data/topics.json', import.meta.url)), 'utf8'),
) as Topic[];
const converters = [
  OpenCC.Converter({ from: 'cn', to: 'tw' }),
  OpenCC.Converter({ from: 'cn', to: 'hk' }),
  OpenCC.Converter({ from: 'tw', to: 'cn' }),
  OpenCC.Converter({ from: 'hk', to: 'cn' }),
];
const zhVariants = (s: string): string[] => [...new Set(converters.map((c) => c(s)))];
const compiled = compileMatcher(topics, { zhVariants });
const matcher = createMatcher(compiled);

const CJK = /[\p{sc=Han}]/u;
const sentence = (alias: string): { text: string; at: number } =>
  CJK.test(alias) ? { text: `前文${alias}后文`, at: 2 } : { text: `Before ${alias} after.`, at: 7 };

const aliases = topics.flatMap((t) => [
  ...Object.values(t.aliases).flatMap((list) => (list ?? []).map((text) => ({ id: t.id, text, ambiguous: false }))),
  ...(t.ambiguous ?? []).map((a) => ({ id: t.id, text: a.text, ambiguous: true })),
]);
const nevers = topics.flatMap((t) =>
  (t.ambiguous ?? []).flatMap((a) => (a.never ?? []).map((text) => ({ id: t.id, text }))),
);

describe('data/topics.json', () => {
  it('has topics', () => {
    expect(topics.length).toBeGreaterThan(0);
    expect(aliases.length).toBeGreaterThan(topics.length);
  });

  it('compiles into patterns V8 optimises', () => {
    for (const p of compiled.patterns) expect(p.source.length).toBeLessThanOrEqual(MAX_PATTERN_CHARS);
    for (const p of compiled.prefilter) expect(p.source.length).toBeLessThanOrEqual(MAX_PATTERN_CHARS);
  });

  it.each(aliases)('$id: $text', ({ id, text, ambiguous }) => {
    const s = sentence(text);
    expect(matcher.mayMatch(s.text)).toBe(true);
    // Every mention lies around a prefilter hit, in any case (the Cyrillic prefilter spells capitals out).
    for (const cased of [s.text, s.text.toUpperCase(), s.text.toLowerCase()]) {
      const hits = matcher.hits(cased);
      for (const c of matcher.find(cased))
        expect(
          hits.some((h) => h >= c.start && h < c.end),
          cased,
        ).toBe(true);
    }
    // An ambiguous alias may legitimately be shared by several topics (the first one names it).
    const owner = ambiguous ? aliases.find((a) => a.ambiguous && a.text === text)?.id : id;
    expect(matcher.find(s.text)).toEqual([{ topic: owner, start: s.at, end: s.at + text.length, ambiguous }]);
  });

  it.each(nevers)('never $id: $text', ({ id, text }) => {
    expect(matcher.find(sentence(text).text).filter((c) => c.topic === id)).toEqual([]);
  });
});

// content.js carries the compiled matcher packed (matcher-pack.ts): unpacking must give back exactly
// what was compiled from the real data, and packing must be what keeps content.js within its budget.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareData } from '../../src/build/prepare-data';
import { createMatcher } from '../../src/core/matcher';
import { packMatcher, unpackMatcher } from '../../src/core/matcher-pack';

const { matcher: compiled } = prepareData(join(__dirname, '..', '..', 'data'));
const packed = packMatcher(compiled);
const bytes = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length;

describe('packed matcher', () => {
  it('unpacks to exactly the compiled matcher', () => {
    expect(packed.classes.length).toBeGreaterThan(5);
    expect(unpackMatcher(packed)).toEqual(compiled);
  });

  it('is at most two thirds of the compiled size', () => {
    expect(bytes(packed)).toBeLessThan((bytes(compiled) * 2) / 3);
  });

  it('finds the same mentions once unpacked', () => {
    const text = 'Khrushchev met Mao; 赫魯曉夫 und Хрущёв.';
    const topics = (m: ReturnType<typeof createMatcher>) => m.find(text).map((c) => [c.topic, c.start, c.end]);
    expect(topics(createMatcher(unpackMatcher(packed)))).toEqual(topics(createMatcher(compiled)));
    expect(topics(createMatcher(compiled)).length).toBeGreaterThanOrEqual(3);
  });

  it('refuses a pattern that already holds a character it packs with', () => {
    const odd = { ...compiled, prefilter: [{ script: 'latin' as const, source: 'a\u0700b', entries: [] }] };
    expect(() => packMatcher(odd)).toThrow(/U\+0700/);
  });
});

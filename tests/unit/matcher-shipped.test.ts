// content.js carries the matcher shipped (matcher-shipped.ts): the prefilter packed and ready, the
// rest deflated. Inflating must give back exactly what was compiled (zhFold aside: the popup's), and
// the shipped matcher must find what the compiled one finds once ready() resolves.
import { join } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { prepareData } from '../../src/build/prepare-data';
import { createMatcher } from '../../src/core/matcher';
import { createShippedMatcher, shipMatcher, unshipMatcher } from '../../src/core/matcher-shipped';

const { matcher: compiled } = prepareData(join(__dirname, '..', '..', 'data'));
const deflate = (text: string): Uint8Array => new Uint8Array(deflateRawSync(Buffer.from(text, 'utf8')));
const inflate = (base64: string): Promise<string> =>
  Promise.resolve(inflateRawSync(Buffer.from(base64, 'base64')).toString('utf8'));
const shipped = shipMatcher(compiled, deflate);
const bytes = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length;

describe('shipped matcher', () => {
  it('inflates to exactly the compiled matcher, without zhFold', async () => {
    expect(unshipMatcher(shipped, await inflate(shipped.deflated))).toEqual({ ...compiled, zhFold: {} });
  });

  it('is at most a third of the compiled size', () => {
    expect(bytes(shipped)).toBeLessThan(bytes(compiled) / 3);
  });

  it('gives hits at once, and finds the same mentions as the compiled matcher once ready', async () => {
    const text = 'Khrushchev met Mao Zedong; 赫魯曉夫 und Хрущёва. Stalingrad.';
    const m = createShippedMatcher(shipped, inflate);
    const plain = createMatcher(compiled);
    expect(m.hits(text)).toEqual(plain.hits(text));
    expect(() => m.find(text)).toThrow(/ready/);
    await m.ready();
    expect(m.find(text)).toEqual(plain.find(text));
    expect(m.find(text).length).toBeGreaterThanOrEqual(3);
    expect(m.near('苏军 珍宝岛 1969')).toEqual(plain.near('苏军 珍宝岛 1969'));
  });

  it('inflates once however often ready() is asked', async () => {
    let calls = 0;
    const m = createShippedMatcher(shipped, (b) => {
      calls++;
      return inflate(b);
    });
    await Promise.all([m.ready(), m.ready()]);
    await m.ready();
    expect(calls).toBe(1);
  });
});

// content.js carries only the prefilter (matcher-shipped.ts); the background keeps the groups and
// cues and sends them on a frame's first hit. Putting the two back together must give exactly what
// was compiled (zhFold aside: the popup's), and the shipped matcher must find what the compiled one
// finds once ready() resolves.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareData } from '../../src/build/prepare-data';
import { createMatcher } from '../../src/core/matcher';
import {
  createShippedMatcher,
  isMatcherBody,
  parseMatcherBody,
  shipMatcher,
  unshipMatcher,
} from '../../src/core/matcher-shipped';

const { matcher: compiled } = prepareData(join(__dirname, '..', '..', 'data'));
const { front, body } = shipMatcher(compiled);
const bytes = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length;
/** As the background sends it: JSON text. */
const sent = (): Promise<typeof body> => Promise.resolve(parseMatcherBody(JSON.stringify(body)));

describe('shipped matcher', () => {
  it('puts back exactly the compiled matcher, without zhFold', async () => {
    expect(unshipMatcher(front, await sent())).toEqual({ ...compiled, zhFold: {} });
  });

  it('carries at most a sixth of the compiled size in content.js', () => {
    expect(bytes(front)).toBeLessThan(bytes(compiled) / 6);
  });

  it('gives hits at once, and finds the same mentions as the compiled matcher once ready', async () => {
    const text = 'Khrushchev met Mao Zedong; 赫魯曉夫 und Хрущёва. Stalingrad.';
    const m = createShippedMatcher(front, sent);
    const plain = createMatcher(compiled);
    expect(m.hits(text)).toEqual(plain.hits(text));
    expect(() => m.find(text)).toThrow(/ready/);
    await m.ready();
    expect(m.find(text)).toEqual(plain.find(text));
    expect(m.find(text).length).toBeGreaterThanOrEqual(3);
    expect(m.near('苏军 珍宝岛 1969')).toEqual(plain.near('苏军 珍宝岛 1969'));
  });

  it('asks once however often ready() is asked, and again after a failed ask', async () => {
    let calls = 0;
    let fail = true;
    const m = createShippedMatcher(front, () => {
      calls++;
      return fail ? Promise.reject(new Error('no background')) : sent();
    });
    await expect(m.ready()).rejects.toThrow(/background/);
    fail = false;
    await Promise.all([m.ready(), m.ready()]);
    await m.ready();
    expect(calls).toBe(2);
  });

  it('checks what the background sent', () => {
    expect(isMatcherBody(body)).toBe(true);
    expect(isMatcherBody({ ...body, groups: [{ source: 1 }] })).toBe(false);
    expect(isMatcherBody({ ...body, topics: undefined })).toBe(false);
    expect(isMatcherBody(null)).toBe(false);
    expect(() => parseMatcherBody('{"groups": []}')).toThrow(/no matcher body/);
  });
});

import { describe, expect, it } from 'vitest';
import { contextSnippet, isSpace } from '../../src/core/context-snippet';

describe('contextSnippet', () => {
  const text =
    'In the winter of 1949 the delegation travelled by train for ten days before Mao Zedong reached Moscow and met Stalin at the Kremlin on the evening of his arrival.';
  const start = text.indexOf('Mao Zedong');

  it('keeps about 60 characters around the mention, cut at word edges', () => {
    const s = contextSnippet(text, start, start + 10);
    expect(s).toContain('Mao Zedong');
    expect(s.length).toBeLessThanOrEqual(64);
    expect(s.length).toBeGreaterThan(40);
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(
      s
        .replace(/…/g, '')
        .split(' ')
        .every((w) => text.includes(w)),
    ).toBe(true);
  });

  it('gives unused room on one side to the other and marks no cut at the edges', () => {
    const s = contextSnippet('Stalin said little.', 0, 6);
    expect(s).toBe('Stalin said little.');
    const early = contextSnippet(text, 3, 9);
    expect(early.startsWith('In the')).toBe(true);
  });

  it('collapses whitespace', () => {
    expect(contextSnippet('a\n\n  Stalin\t b', 5, 11)).toBe('a Stalin b');
  });

  it('cuts at exactly the characters \\s matches', () => {
    for (let c = 0; c <= 0xffff; c++) expect(isSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});

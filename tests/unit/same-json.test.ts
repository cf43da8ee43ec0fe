// Comparing a frame's report with the last one sent, without serialising it (core/same-json.ts).
import { describe, expect, it } from 'vitest';
import { sameJson } from '../../src/core/same-json';

const report = () => ({
  url: 'https://example.org/',
  complete: true,
  counts: { 'mao-zedong': 2 },
  mentions: [
    { topic: 'mao-zedong', text: 'Mao', place: { sentence: 'Mao wrote.', block: 0, heading: 0, group: 0 } },
    { topic: 'mao-zedong', text: 'Mao', place: undefined },
  ],
  blocks: ['Mao wrote.'],
  headings: [''],
});

describe('sameJson', () => {
  it('agrees with comparing JSON text', () => {
    const variants: unknown[] = [
      report(),
      { ...report(), complete: false },
      { ...report(), counts: { 'mao-zedong': 3 } },
      { ...report(), counts: { 'mao-zedong': 2, stalin: 1 } },
      { ...report(), mentions: report().mentions.slice(0, 1) },
      { ...report(), blocks: ['Mao wrote'] },
      { ...report(), headings: [] },
      { ...report(), headings: {} },
      { ...report(), extra: undefined },
      { ...report(), extra: null },
      [1, 'a', [true]],
      [1, 'a', [false]],
      null,
      'text',
    ];
    for (const a of variants) {
      for (const b of variants)
        expect(sameJson(a, b), `${JSON.stringify(a)} / ${JSON.stringify(b)}`).toBe(
          JSON.stringify(a) === JSON.stringify(b),
        );
    }
    expect(sameJson(report(), report())).toBe(true);
  });
});

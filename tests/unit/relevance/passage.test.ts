import { describe, expect, it } from 'vitest';
import { boundPassage, PASSAGE_LIMITS, passageAt } from '../../../src/core/passage';

describe('passageAt', () => {
  it('cuts the sentence that holds the mention', () => {
    const text = 'Mao went to Moscow in 1949. On 21 July 1958 Yudin proposed a fleet. Mao refused.';
    const at = text.indexOf('Yudin');
    expect(passageAt(text, at, at + 5).sentence).toBe('On 21 July 1958 Yudin proposed a fleet.');
  });

  it('cuts Chinese sentences at 。', () => {
    const text = '1939年毛泽东发表谈话。1958年7月，尤金提出共同舰队。毛泽东拒绝。';
    const at = text.indexOf('尤金');
    expect(passageAt(text, at, at + 2).sentence).toBe('1958年7月，尤金提出共同舰队。');
  });

  it('keeps the mention inside a bounded block and sentence', () => {
    const filler = 'word '.repeat(600);
    const text = `${filler}The fleet of 1958 and Yudin. ${filler}`;
    const at = text.indexOf('Yudin');
    const p = passageAt(text, at, at + 5, 'h'.repeat(500));
    expect(p.block.length).toBeLessThanOrEqual(PASSAGE_LIMITS.block);
    expect(p.block).toContain('Yudin');
    expect(p.sentence.length).toBeLessThanOrEqual(PASSAGE_LIMITS.sentence);
    expect(p.sentence).toContain('Yudin');
    expect(p.heading.length).toBe(PASSAGE_LIMITS.heading);
  });

  it('bounds a passage received from elsewhere', () => {
    const p = boundPassage({ sentence: 'x'.repeat(5000), block: 7 as unknown as string });
    expect(p).toEqual({ sentence: 'x'.repeat(PASSAGE_LIMITS.sentence), block: '', heading: '' });
  });
});

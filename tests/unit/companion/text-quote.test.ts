import { describe, expect, it } from 'vitest';
import { anchorQuote, describeQuote } from '../../../src/core/text-quote';

const page = 'In 1950 Mao went to Moscow. The treaty was signed. Later, Mao went to Moscow again in 1957.';

describe('text quotes', () => {
  it('describes a selection with its context and finds it again', () => {
    const start = page.indexOf('Mao went', 10);
    const quote = describeQuote(page, start, start + 'Mao went to Moscow'.length, 10);
    expect(quote).toEqual({ exact: 'Mao went to Moscow', prefix: 'd. Later, ', suffix: ' again in ' });
    expect(anchorQuote(page, quote)).toEqual({ start, end: start + quote.exact.length });
  });

  it('picks the occurrence whose prefix and suffix agree, not the first', () => {
    const first = page.indexOf('Mao went');
    const quote = describeQuote(page, first, first + 8);
    expect(anchorQuote(page, quote)?.start).toBe(first);
    const second = page.indexOf('Mao went', first + 1);
    expect(anchorQuote(page, describeQuote(page, second, second + 8))?.start).toBe(second);
  });

  it('survives changed whitespace and reports offsets in the new text', () => {
    const quote = describeQuote(page, 29, 49);
    const reflowed = page.replace(/ /g, '\n  ');
    const found = anchorQuote(reflowed, quote);
    expect(found).not.toBeNull();
    expect(reflowed.slice(found!.start, found!.end).replace(/\s+/g, ' ')).toBe(quote.exact);
  });

  it('is unattached (null) when the quoted text is gone, never a guess', () => {
    const quote = describeQuote(page, 29, 49);
    expect(anchorQuote(page.replace('treaty was signed', 'pact was agreed'), quote)).toBeNull();
    expect(anchorQuote(page, { exact: '', prefix: '', suffix: '' })).toBeNull();
  });
});

// Dates of evidence keep the precision of the record and sort as the record runs.
import { describe, expect, it } from 'vitest';
import { compareEvidence, formatDate, formatSpan } from '../../../src/core/evidence-dates';
import type { Evidence } from '../../../src/core/kb-types';

describe('evidence dates', () => {
  it('write partial dates without inventing a day or month', () => {
    expect(formatDate('1958', 'en')).toBe('1958');
    expect(formatDate('1958-07', 'en')).toBe('Jul 1958');
    expect(formatDate('1958-07-02', 'en')).toBe('2 Jul 1958');
    expect(formatDate('1958-07', 'zh-Hans')).toBe('1958年7月');
    expect(formatDate('1958-07-02', 'zh-Hans')).toBe('1958年7月2日');
  });

  it('shorten spans to what their ends do not share', () => {
    const span = (date: string, dateEnd: string, lang: 'en' | 'zh-Hans' = 'en') => formatSpan({ date, dateEnd }, lang);
    expect(span('1957-11-18', '1957-11-19')).toBe('18–19 Nov 1957');
    expect(span('1958-07-31', '1958-08-03')).toBe('31 Jul – 3 Aug 1958');
    expect(span('1963-09-06', '1964-07-14')).toBe('6 Sept 1963 – 14 Jul 1964');
    expect(span('1958-07', '1958-08')).toBe('Jul 1958 – Aug 1958');
    expect(span('1958-07-31', '1958-08')).toBe('31 Jul 1958 – Aug 1958');
    expect(span('1957-11-18', '1957-11-19', 'zh-Hans')).toBe('1957年11月18日至19日');
    expect(span('1958-07-31', '1958-08-03', 'zh-Hans')).toBe('1958年7月31日至8月3日');
    expect(span('1958-07', '1958-08', 'zh-Hans')).toBe('1958年7月至8月');
    expect(span('1963-09-06', '1964-07-14', 'zh-Hans')).toBe('1963年9月6日至1964年7月14日');
  });

  it('write dates the way each language does, with the reader\u2019s month names', () => {
    expect(formatDate('1950-02-14', 'ru')).toBe('14 февраля 1950\u00a0г.');
    expect(formatDate('1958-07', 'ru')).toBe('июль 1958\u00a0г.');
    expect(formatDate('1950-02-14', 'zh-Hant')).toBe('1950年2月14日');
    expect(formatDate('1958', 'zh-Hans')).toBe('1958年');
    expect(formatSpan({ date: '1957-11-18', dateEnd: '1957-11-19' }, 'ru')).toBe('18–19 ноября 1957\u00a0г.');
    expect(formatSpan({ date: '1958-07-31', dateEnd: '1958-08-03' }, 'zh-Hant')).toBe('1958年7月31日至8月3日');
    expect(formatSpan({ date: '1958-07-31', dateEnd: '1958-08-03' }, 'ru')).toBe('31 июля – 3 августа 1958\u00a0г.');
    expect(formatSpan({ date: '1958-07-31', dateEnd: '1958-08' }, 'ru')).toBe(
      '31 июля 1958\u00a0г. – август 1958\u00a0г.',
    );
  });

  it('sort a year before its months and its months before their days', () => {
    const ev = (id: string, date: string): Evidence => ({
      id,
      date,
      kind: 'event',
      title: { en: id, 'zh-Hans': id, ru: id },
      shows: { en: '', 'zh-Hans': '', ru: '' },
      source: '',
      status: 'verified',
      topics: [],
    });
    const sorted = [ev('c', '1958-08'), ev('b', '1958-07-22'), ev('a', '1958'), ev('d', '1957-12-31')].sort(
      compareEvidence,
    );
    expect(sorted.map((e) => e.id)).toEqual(['d', 'a', 'b', 'c']);
  });
});

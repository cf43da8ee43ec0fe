import { describe, expect, it } from 'vitest';
import { dateCues, isoMonths, monthIndex } from '../../../src/core/date-cues';

const m = monthIndex;
const cues = (text: string) =>
  dateCues(text).map(({ from, to, precision, text: t }) => ({ from, to, precision, text: t }));

describe('dateCues', () => {
  it.each([
    ['On 21 July 1958 Yudin came.', { from: m(1958, 7), to: m(1958, 7), precision: 'month', text: '21 July 1958' }],
    ['July 21, 1958', { from: m(1958, 7), to: m(1958, 7), precision: 'month', text: 'July 21, 1958' }],
    ['in the summer of 1958', { from: m(1958, 6), to: m(1958, 8), precision: 'month', text: 'summer of 1958' }],
    ['the winter of 1949–50', { from: m(1949, 12), to: m(1950, 2), precision: 'month', text: 'winter of 1949–50' }],
    ['in 1956–57', { from: m(1956, 1), to: m(1957, 12), precision: 'year', text: '1956–57' }],
    ['the 1950s', { from: m(1950, 1), to: m(1959, 12), precision: 'decade', text: '1950s' }],
    ['1958年7月21日', { from: m(1958, 7), to: m(1958, 7), precision: 'month', text: '1958年7月' }],
    ['一九五〇年一月二十日', { from: m(1950, 1), to: m(1950, 1), precision: 'month', text: '一九五〇年一月' }],
    ['一九五六年十二月', { from: m(1956, 12), to: m(1956, 12), precision: 'month', text: '一九五六年十二月' }],
    ['１９５８年夏', { from: m(1958, 6), to: m(1958, 8), precision: 'month', text: '１９５８年夏' }],
    ['一九五〇年代的中苏同盟', { from: m(1950, 1), to: m(1959, 12), precision: 'decade', text: '一九五〇年代' }],
    ['в июне 1960 года', { from: m(1960, 6), to: m(1960, 6), precision: 'month', text: 'июне 1960' }],
    ['14 февраля 1950 года', { from: m(1950, 2), to: m(1950, 2), precision: 'month', text: 'февраля 1950' }],
    ['Летом 1958 года', { from: m(1958, 6), to: m(1958, 8), precision: 'month', text: 'Летом 1958' }],
    ['в 1950-х годах', { from: m(1950, 1), to: m(1959, 12), precision: 'decade', text: '1950-х' }],
    ['В 1959 году', { from: m(1959, 1), to: m(1959, 12), precision: 'year', text: '1959' }],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual([expected]);
  });

  it('finds every date, in reading order', () => {
    expect(cues('From 1952 to May 1955').map((c) => c.text)).toEqual(['1952', 'May 1955']);
  });

  it('ignores numbers that are not years', () => {
    expect(cues('1,390 specialists, 343 contracts, postcode 411201, 110 million roubles')).toEqual([]);
  });

  it('reads partial ISO dates as months', () => {
    expect(isoMonths('1958')).toEqual({ from: m(1958, 1), to: m(1958, 12) });
    expect(isoMonths('1958-04', '1958-08')).toEqual({ from: m(1958, 4), to: m(1958, 8) });
    expect(isoMonths('1958-07-22')).toEqual({ from: m(1958, 7), to: m(1958, 7) });
  });
});

// Traditional Chinese is generated from the Simplified text with OpenCC (cn → tw) plus a checked list
// of names and terms Taiwan writes differently (src/build/zh-hant-terms.ts).
import * as OpenCC from 'opencc-js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localTexts } from '../../src/build/local-texts';
import { prepareData, toTraditionalText } from '../../src/build/prepare-data';
import { traditionalConverter } from '../../src/build/traditional-text';
import { ZH_HANT_TERMS } from '../../src/build/zh-hant-terms';

const plainOpenCC = OpenCC.Converter({ from: 'cn', to: 'tw' });
const { kb } = prepareData(join(__dirname, '..', '..', 'data'));

describe('Traditional Chinese text', () => {
  it('applies the term list where plain OpenCC would be wrong for Taiwan readers', () => {
    const text = '斯大林与赫鲁晓夫；里宾特洛甫和王世杰；长波电台；朝鲜战争；雅尔塔协定；戈尔巴乔夫、勃列日涅夫。';
    expect(plainOpenCC(text)).toContain('斯大林');
    expect(plainOpenCC(text)).toContain('裡賓特洛甫');
    expect(toTraditionalText(text)).toBe(
      '史達林與赫魯雪夫；里賓特洛甫和王世杰；長波電台；韓戰；雅爾達協定；戈巴契夫、布里茲涅夫。',
    );
  });

  it('converts everything else with OpenCC, and the longest term wins', () => {
    const convert = traditionalConverter(plainOpenCC, { 斯大林: '史達林', 非斯大林化: '去史達林化' });
    expect(convert('苏联的非斯大林化与斯大林')).toBe('蘇聯的去史達林化與史達林');
    expect(traditionalConverter(plainOpenCC, {})('苏联')).toBe('蘇聯');
  });

  it('agrees with every Traditional topic name written by hand in data/topics.json', () => {
    const disagree = kb.topics
      .filter((t) => toTraditionalText(t.label['zh-Hans']) !== t.label['zh-Hant'])
      .map((t) => `${t.id}: ${toTraditionalText(t.label['zh-Hans'])} ≠ ${t.label['zh-Hant']}`);
    expect(disagree).toEqual([]);
  });

  it('every term in the list is used by some topic name or text, so none is dead weight', () => {
    const all = JSON.stringify(kb);
    expect(Object.keys(ZH_HANT_TERMS).filter((k) => !all.includes(k))).toEqual([]);
  });

  it('reaches the bundled knowledge base: every text naming 斯大林 reads 史達林 in Traditional', () => {
    const naming = localTexts(kb).filter(({ text }) => text['zh-Hans'].includes('斯大林'));
    expect(naming.length).toBeGreaterThan(5);
    for (const { entry, text } of naming) {
      expect(text['zh-Hant'], entry).toContain('史達林');
      expect(text['zh-Hant'], entry).not.toContain('斯大林');
    }
  });
});

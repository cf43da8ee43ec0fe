// The popup's pinyin table, made at build time from data/ (so it can never fall behind the data).
import { describe, expect, it } from 'vitest';
import { chineseNames, pinyinTable } from '../../src/build/pinyin-table';

describe('pinyin table', () => {
  it('romanises every Simplified name without tones or spaces', () => {
    const table = pinyinTable([
      {
        label: { en: '', 'zh-Hans': '珍宝岛事件', 'zh-Hant': '', ru: '' },
        aliases: { 'zh-Hans': ['珍宝岛', '毛泽东'] },
      },
    ]);
    expect(table).toEqual({ 毛泽东: 'maozedong', 珍宝岛: 'zhenbaodao', 珍宝岛事件: 'zhenbaodaoshijian' });
  });

  it('reads the polyphone in 中苏交恶 as jiao e', () => {
    expect(
      pinyinTable([{ label: { en: '', 'zh-Hans': '中苏交恶', 'zh-Hant': '', ru: '' }, aliases: {} }])['中苏交恶'],
    ).toBe('zhongsujiaoe');
  });

  it('lists each name once', () => {
    expect(
      chineseNames([
        { label: { en: '', 'zh-Hans': '周恩来', 'zh-Hant': '', ru: '' }, aliases: { 'zh-Hans': ['周恩来', '周总理'] } },
      ]),
    ).toEqual(['周总理', '周恩来']);
  });
});

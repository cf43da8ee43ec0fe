// The rule the cross-language browser test applies (tests/browser/language-check.mjs) finds what it
// should and exempts only what it says it does.
import { describe, expect, it } from 'vitest';
import { violations, wrongRuns } from '../browser/language-check.mjs';

const whys = (text: string, lang: string): string[] =>
  (wrongRuns(text, lang) as { run: string; why: string }[]).map((r) => r.why);

describe('the cross-language rule', () => {
  it('finds a sentence left in another language', () => {
    expect(whys('Показать на странице', 'en')).toEqual(['Russian words']);
    expect(whys('Go to the next highlighted mention', 'ru')).toEqual(['English words']);
    expect(whys('Go to the next highlighted mention', 'zh-Hans')).toEqual(['English words']);
    expect(whys('这一段讲的是1950年。', 'en')).toEqual(['a Chinese sentence']);
    expect(whys('查找主题', 'zh-Hant')).toEqual(['Simplified characters']);
  });

  it('lets names, quoted titles, format names and Traditional-valid characters through', () => {
    expect(whys('Name in any language: English, 中文, русский or pinyin', 'en')).toEqual([]);
    expect(whys('Статья «Mao Zedong’s Pondering on Sino-Soviet Union Relation»', 'ru')).toEqual([]);
    expect(whys('见《毛泽东处理中苏关系的考量及其当代价值》', 'en')).toEqual([]);
    expect(whys('引用格式：BibTeX、CSL-JSON、GB/T 7714', 'zh-Hans')).toEqual([]);
    expect(whys('中蘇邊防部隊在烏蘇里江上的珍寶島發生戰鬥，王世杰簽字', 'zh-Hant')).toEqual([]);
  });

  it('skips texts tagged with another language or marked as page text, and tolerates only listed data', () => {
    const texts = [
      { text: 'Go to the next highlighted mention', lang: 'en' },
      { text: 'Go to the next highlighted mention', lang: 'ru', exempt: true },
      { text: 'Темы: Go to the next highlighted mention', lang: 'ru' },
    ];
    expect(violations(texts, 'ru', [], 'x')).toHaveLength(1);
    expect(violations(texts, 'ru', ['Go to the next highlighted mention'], 'x')).toEqual([]);
  });
});

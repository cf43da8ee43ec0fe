import { describe, expect, it } from 'vitest';
import { resolveUiLang, uiLangOf } from '../../src/core/ui-lang';
import { messageIn, translatorFor } from '../../src/shared/ui-messages';

describe('the reader\u2019s language', () => {
  it('maps browser locales to the four interface languages', () => {
    expect(uiLangOf('en-US')).toBe('en');
    expect(uiLangOf('fr')).toBe('en');
    expect(uiLangOf('zh-CN')).toBe('zh-Hans');
    expect(uiLangOf('zh')).toBe('zh-Hans');
    expect(uiLangOf('zh-SG')).toBe('zh-Hans');
    expect(uiLangOf('zh-TW')).toBe('zh-Hant');
    expect(uiLangOf('zh_HK')).toBe('zh-Hant');
    expect(uiLangOf('zh-Hant-MO')).toBe('zh-Hant');
    expect(uiLangOf('ru-RU')).toBe('ru');
    expect(uiLangOf('rup')).toBe('en');
  });

  it('follows the options page\u2019s choice over the browser', () => {
    expect(resolveUiLang('auto', 'ru')).toBe('ru');
    expect(resolveUiLang('zh-Hant', 'en-US')).toBe('zh-Hant');
  });
});

describe('messages in any language', () => {
  it('substitutes $1… as getMessage does, in the chosen language', () => {
    expect(messageIn('ru', 'revealPosition', ['2', '5'])).toBe('2 из 5');
    expect(messageIn('zh-Hant', 'navTimeline')).toBe('時間軸');
    expect(translatorFor('zh-Hans')('lookupResultsMany', 3)).toBe('找到 3 个主题');
    expect(messageIn('en', 'no-such-key')).toBe('no-such-key');
  });
});

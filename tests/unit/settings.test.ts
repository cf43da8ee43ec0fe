import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  chooseRenderer,
  isSiteEnabled,
  parseSettings,
  siteKey,
  withSiteEnabled,
} from '../../src/core/settings';

describe('settings', () => {
  it('falls back to defaults for missing, old or corrupted values', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ disabledHosts: 'example.com', accessibleHighlights: 'yes' })).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ disabledHosts: ['a.org', 3, '', 'a.org'] }).disabledHosts).toEqual(['a.org']);
  });

  it('keeps a known interface language and falls back to the browser\u2019s for anything else', () => {
    expect(DEFAULT_SETTINGS.language).toBe('auto');
    expect(parseSettings({ language: 'ru' }).language).toBe('ru');
    expect(parseSettings({ language: 'zh-Hant' }).language).toBe('zh-Hant');
    for (const bad of ['fr', 'zh', 'RU', '', 3, null, ['ru']])
      expect(parseSettings({ language: bad }).language).toBe('auto');
    expect(parseSettings({ language: 'ru', previews: false })).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'ru',
      previews: false,
    });
  });

  it('remembers sites by host, and local files together', () => {
    expect(siteKey('https://en.wikipedia.org/wiki/Zhenbao')).toBe('en.wikipedia.org');
    expect(siteKey('file:///home/r/page.html')).toBe('file:');
    const off = withSiteEnabled(DEFAULT_SETTINGS, 'en.wikipedia.org', false);
    expect(isSiteEnabled(off, 'https://en.wikipedia.org/x')).toBe(false);
    expect(isSiteEnabled(off, 'https://zh.wikipedia.org/x')).toBe(true);
    expect(isSiteEnabled(withSiteEnabled(off, 'en.wikipedia.org', true), 'https://en.wikipedia.org/x')).toBe(true);
  });

  it('paints where the Highlight API exists unless accessible highlights are asked for', () => {
    expect(chooseRenderer(DEFAULT_SETTINGS, true)).toBe('paint');
    expect(chooseRenderer(DEFAULT_SETTINGS, false)).toBe('wrap');
    expect(chooseRenderer({ ...DEFAULT_SETTINGS, accessibleHighlights: true }, true)).toBe('wrap');
  });
});

describe('trailEnabled', () => {
  it('is off by default and only an explicit true switches it on', () => {
    expect(DEFAULT_SETTINGS.trailEnabled).toBe(false);
    expect(parseSettings({ trailEnabled: true }).trailEnabled).toBe(true);
    expect(parseSettings({ trailEnabled: 'true' }).trailEnabled).toBe(false);
    expect(parseSettings({ trailEnabled: 1 }).trailEnabled).toBe(false);
  });
});

// Every locale carries every string the manifest and the store listings use, within the stores'
// limits, and zh_TW stays the opencc conversion of zh_CN.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LISTING_KEYS, zhTwMessages } from '../../scripts/make-zh-tw.mjs';

const REPO = join(__dirname, '..', '..');
const LOCALES = join(REPO, 'static', '_locales');
const manifestText = readFileSync(join(REPO, 'manifest.json'), 'utf8');
const manifestKeys = [...new Set([...manifestText.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] as string))];
const messagesOf = (locale: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const locales = readdirSync(LOCALES).sort();

describe('store locales', () => {
  it('has the four store languages', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'ru', 'zh_CN', 'zh_TW']));
  });

  it('names every manifest string in every locale', () => {
    expect(manifestKeys).toEqual(
      expect.arrayContaining(['extName', 'extDescription', 'actionTitle', 'commandNextMention']),
    );
    for (const locale of locales) {
      const messages = messagesOf(locale);
      for (const key of [...manifestKeys, ...LISTING_KEYS])
        expect(messages[key]?.message, `${locale}: ${key}`).toBeTruthy();
    }
  });

  it('keeps within the stores\u2019 limits (name 75, description 132 characters)', () => {
    for (const locale of locales) {
      const m = messagesOf(locale);
      expect([...(m.extName?.message ?? '')].length, locale).toBeLessThanOrEqual(75);
      expect([...(m.extDescription?.message ?? '')].length, locale).toBeLessThanOrEqual(132);
    }
  });

  it('every locale has every key English has, and no other', () => {
    const en = Object.keys(messagesOf('en')).sort();
    for (const locale of locales) {
      const keys = Object.keys(messagesOf(locale));
      expect(
        en.filter((k) => !keys.includes(k)),
        `${locale} lacks`,
      ).toEqual([]);
      expect(
        keys.filter((k) => !en.includes(k)),
        `${locale} has beyond en`,
      ).toEqual([]);
      for (const key of keys) expect(messagesOf(locale)[key]?.message.trim(), `${locale}: ${key}`).toBeTruthy();
    }
  });

  it('keeps the same substitutions as English ($1, %s, and the card\u2019s {0})', () => {
    const en = messagesOf('en');
    const subs = (m: string): string[] => (m.match(/\$\d|%s|\{\d\}/g) ?? []).sort();
    for (const locale of locales) {
      for (const [key, { message }] of Object.entries(messagesOf(locale))) {
        expect(en[key], `${locale}: ${key} is not in en`).toBeDefined();
        expect(subs(message), `${locale}: ${key}`).toEqual(subs(en[key]!.message));
      }
    }
  });

  it('quotes in «ёлочки» in Russian, curly quotes in zh_CN, corner brackets in zh_TW: never ASCII quotes', () => {
    const quotes: Record<string, { wrong: RegExp }> = {
      ru: { wrong: /["'“”]/ },
      zh_CN: { wrong: /["'«»「」]/ },
      zh_TW: { wrong: /["'«»“”]/ },
    };
    for (const [locale, { wrong }] of Object.entries(quotes))
      for (const [key, { message }] of Object.entries(messagesOf(locale)))
        expect(message, `${locale}: ${key}`).not.toMatch(wrong);
  });

  it('zh_TW is zh_CN converted by opencc (npm run locales:zh-tw)', async () => {
    expect(readFileSync(join(LOCALES, 'zh_TW', 'messages.json'), 'utf8')).toBe(await zhTwMessages());
  });
});

describe('store listings', () => {
  it('docs/store/listings.md is generated from the locales (npm run store:listings)', async () => {
    const { listingsMarkdown } = await import('../../scripts/store-listings.mjs');
    expect(readFileSync(join(REPO, 'docs', 'store', 'listings.md'), 'utf8')).toBe(await listingsMarkdown());
  });
});

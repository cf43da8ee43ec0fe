/**
 * The card's two languages. Its own module so the content script, which needs only this, does not
 * bundle the card builder and the relevance code (those run in the background).
 */
export const CARD_LANGS = ['en', 'zh-Hans'] as const;
export type CardLang = (typeof CARD_LANGS)[number];

/** The UI language a browser locale maps to: Chinese readers get Simplified, everyone else English. */
export function cardLang(locale: string): CardLang {
  return /^zh\b/i.test(locale) ? 'zh-Hans' : 'en';
}

/**
 * The reader's language for data/ text, on the card and in the popup. Its own module so the content
 * script, which needs only this, does not bundle the card builder and the relevance code (those run
 * in the background).
 */
import { TEXT_LANGS, type TextLang } from './kb-types';

export const CARD_LANGS = TEXT_LANGS;
export type CardLang = TextLang;

/**
 * The language a browser locale reads in: Taiwan, Hong Kong, Macau and explicit Hant locales get
 * Traditional Chinese, any other Chinese Simplified, Russian Russian, everyone else English.
 */
export function cardLang(locale: string): CardLang {
  const tag = locale.replace(/_/g, '-').toLowerCase();
  if (/^zh\b/.test(tag)) return /-(hant|tw|hk|mo)\b/.test(tag) ? 'zh-Hant' : 'zh-Hans';
  if (/^ru\b/.test(tag)) return 'ru';
  return 'en';
}

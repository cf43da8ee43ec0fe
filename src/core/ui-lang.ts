/**
 * The reader's language: the browser's, or the one chosen in the options page. One list for the
 * interface (static/_locales) and for data/ text, so the two never disagree.
 */
export const UI_LANGS = ['en', 'zh-Hans', 'zh-Hant', 'ru'] as const;
export type UiLang = (typeof UI_LANGS)[number];

/** The options page's choice: a language, or "auto" (follow the browser). */
export type LanguageChoice = 'auto' | UiLang;
export const LANGUAGE_CHOICES: readonly LanguageChoice[] = ['auto', ...UI_LANGS];

/** Each language's name in itself, as the language menu shows it. */
export const LANGUAGE_NAMES: Record<UiLang, string> = {
  en: 'English',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  ru: 'Русский',
};

/** The _locales folder holding a language's messages. */
export const LOCALE_DIRS: Record<UiLang, string> = { en: 'en', 'zh-Hans': 'zh_CN', 'zh-Hant': 'zh_TW', ru: 'ru' };

/**
 * The language a browser locale maps to: Taiwan, Hong Kong, Macau and any zh-Hant tag read
 * Traditional, other Chinese Simplified, Russian Russian, everyone else English.
 */
export function uiLangOf(locale: string): UiLang {
  const tag = locale.toLowerCase().replace(/_/g, '-');
  if (/^zh\b/.test(tag)) return /\b(hant|tw|hk|mo)\b/.test(tag) ? 'zh-Hant' : 'zh-Hans';
  if (/^ru\b/.test(tag)) return 'ru';
  return 'en';
}

/** The reader's language: the choice, or the browser's when the choice is "auto". */
export function resolveUiLang(choice: LanguageChoice, browserLocale: string): UiLang {
  return choice === 'auto' ? uiLangOf(browserLocale) : choice;
}

export function isLanguageChoice(value: unknown): value is LanguageChoice {
  return typeof value === 'string' && (LANGUAGE_CHOICES as readonly string[]).includes(value);
}

export function isUiLang(value: unknown): value is UiLang {
  return typeof value === 'string' && (UI_LANGS as readonly string[]).includes(value);
}

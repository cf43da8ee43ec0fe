/**
 * Picks a data/ text in the reader's language. en, zh-Hans and ru are always written (the build fails
 * otherwise); zh-Hant is converted by the build, and a knowledge base that skipped the build (a test
 * fixture) falls back to the Simplified text, never to another language.
 */
import type { EvidenceTitle, LocalText, OriginalLang, TextLang } from './kb-types';

export function localText(text: LocalText, lang: TextLang): string {
  if (lang === 'zh-Hant') return text['zh-Hant'] ?? text['zh-Hans'];
  return text[lang];
}

/** The script family of a reader language, to tell whether an original title needs no translation. */
export function isChinese(lang: string): boolean {
  return /^zh\b/i.test(lang);
}

/**
 * The original titles worth showing beside the reader's title: those in another language (a Chinese
 * reader of a Chinese document already reads its own title).
 */
export function originalsToShow(title: EvidenceTitle, lang: TextLang): { text: string; lang: OriginalLang }[] {
  return (title.original ?? []).filter((o) => (o.lang === 'zh' ? !isChinese(lang) : o.lang !== lang));
}

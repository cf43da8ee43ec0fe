/**
 * Picks a data/ text in the reader's language. en, zh-Hans and ru are always written (the build fails
 * otherwise); zh-Hant is converted by the build, and a knowledge base that skipped the build (a test
 * fixture) falls back to the Simplified text, never to another language.
 */
import type { EvidenceTitle, LocalText, OriginalLang, TextLang, Topic } from './kb-types';

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

/** A name in some script, for the card's header: the text and its BCP 47 tag ("zh-Hans", "ru", "zh-Latn-pinyin"). */
export interface ScriptName {
  text: string;
  lang: string;
}

/**
 * The topic's names in the scripts other than the reader's, as pop-up dictionaries print them:
 * Chinese, Russian, English, then pinyin (毛泽东 · Мао Цзэдун · Máo Zédōng). English is left out where
 * the pinyin spells the same name, and a Chinese reader is not shown the other Chinese script.
 */
export function otherScriptNames(topic: Pick<Topic, 'label'>, lang: TextLang, pinyin?: string): ScriptName[] {
  const names: ScriptName[] = [];
  if (!isChinese(lang)) names.push({ text: topic.label['zh-Hans'], lang: 'zh-Hans' });
  if (lang !== 'ru' && topic.label.ru) names.push({ text: topic.label.ru, lang: 'ru' });
  const plain = (s: string): string =>
    s
      .normalize('NFD')
      .replace(/[\p{M}\s]/gu, '')
      .toLowerCase();
  if (lang !== 'en' && !(pinyin && plain(pinyin) === plain(topic.label.en)))
    names.push({ text: topic.label.en, lang: 'en' });
  if (pinyin) names.push({ text: pinyin, lang: 'zh-Latn-pinyin' });
  const own = topic.label[lang];
  return names.filter((n) => n.text && n.text !== own);
}

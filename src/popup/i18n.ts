/**
 * The popup's two languages: UI strings come from static/_locales through the host; content from
 * data/ in the matching language (zh-Hans when the browser's UI language is any Chinese).
 */
import type { LocalText, Topic } from '../core/kb-types';
import type enMessages from '../../static/_locales/en/messages.json';

/** Every UI string key: the English messages.json is the list (a unit test keeps zh_CN in step). */
export type MessageKey = keyof typeof enMessages;
export type ContentLang = 'en' | 'zh-Hans';
export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

export function contentLangOf(uiLanguage: string): ContentLang {
  return uiLanguage.toLowerCase().startsWith('zh') ? 'zh-Hans' : 'en';
}

/** The HTML lang value for content in `lang`. */
export function htmlLang(lang: ContentLang): string {
  return lang === 'zh-Hans' ? 'zh-Hans' : 'en';
}

export function local(text: LocalText, lang: ContentLang): string {
  return text[lang] || text.en;
}

export function topicLabel(topic: Topic, lang: ContentLang): string {
  return topic.label[lang] || topic.label.en;
}

/** The other names a topic goes by, each with its language, the UI-language label left out. */
export function otherNames(topic: Topic, lang: ContentLang): { text: string; lang: string }[] {
  const main = topicLabel(topic, lang);
  const names = [
    { text: topic.label.en, lang: 'en' },
    { text: topic.label['zh-Hans'], lang: 'zh-Hans' },
    { text: topic.label['zh-Hant'], lang: 'zh-Hant' },
    ...(topic.label.ru ? [{ text: topic.label.ru, lang: 'ru' }] : []),
    ...Object.entries(topic.aliases).flatMap(([aliasLang, list]) =>
      (list ?? []).map((text) => ({ text, lang: aliasLang })),
    ),
  ];
  const seen = new Set([main]);
  return names.filter((n) => {
    if (!n.text || seen.has(n.text)) return false;
    seen.add(n.text);
    return true;
  });
}

/** The language of a title as written in the record, for screen readers (Han → zh, Cyrillic → ru). */
export function scriptLang(text: string): string | undefined {
  if (/\p{sc=Han}/u.test(text)) return 'zh';
  if (/\p{sc=Cyrillic}/u.test(text)) return 'ru';
  return undefined;
}

/**
 * The popup's languages: UI strings come from static/_locales through the host, in the reader's
 * language (the options page's choice, else the browser's); content from
 * data/ in the reader's language (en, zh-Hans, zh-Hant or ru; see core/card-lang.ts).
 */
import { cardLang } from '../core/card-lang';
import type { LocalText, TextLang, Topic } from '../core/kb-types';
import { localText } from '../core/local-text';

/** UI strings in the reader's language (shared/ui-messages.ts), whichever the browser's is. */
export type { MessageKey, Translate } from '../shared/ui-messages';
export type ContentLang = TextLang;

/** The reader's language for a browser UI language (the same rule as the card's). */
export function contentLangOf(uiLanguage: string): ContentLang {
  return cardLang(uiLanguage);
}

/** The HTML lang value for content in `lang`. */
export function htmlLang(lang: ContentLang): string {
  return lang;
}

/** A data/ text in the reader's language; never another language's text (see core/local-text.ts). */
export function local(text: LocalText, lang: ContentLang): string {
  return localText(text, lang);
}

export function topicLabel(topic: Topic, lang: ContentLang): string {
  return topic.label[lang];
}

/** The other names a topic goes by, each with its language, the UI-language label left out. */
export function otherNames(topic: Topic, lang: ContentLang): { text: string; lang: string }[] {
  const main = topicLabel(topic, lang);
  const names = [
    { text: topic.label.en, lang: 'en' },
    { text: topic.label['zh-Hans'], lang: 'zh-Hans' },
    { text: topic.label['zh-Hant'], lang: 'zh-Hant' },
    { text: topic.label.ru, lang: 'ru' },
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

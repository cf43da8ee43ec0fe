/**
 * The interface's words in the reader's language, whichever the browser's is: chrome.i18n.getMessage
 * answers only in the browser's language, so the popup, the options page and the background (for the
 * card) carry the four messages.json themselves. Substitutions follow getMessage: "$1"…"$9", "$$" is "$".
 */
import en from '../../static/_locales/en/messages.json';
import ru from '../../static/_locales/ru/messages.json';
import zhCn from '../../static/_locales/zh_CN/messages.json';
import zhTw from '../../static/_locales/zh_TW/messages.json';
import type { UiLang } from '../core/ui-lang';

export type MessageKey = keyof typeof en;
export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;
type Messages = Partial<Record<string, { message: string }>>;

const MESSAGES: Record<UiLang, Messages> = { en, 'zh-Hans': zhCn, 'zh-Hant': zhTw, ru };

/** One message in `lang`; a key not translated yet falls back to English, an unknown key to itself. */
export function messageIn(lang: UiLang, key: string, substitutions: readonly string[] = []): string {
  const template = MESSAGES[lang][key]?.message ?? (en as Messages)[key]?.message;
  if (template === undefined) return key;
  return template.replace(/\$(\$|\d)/g, (whole, d: string) => (d === '$' ? '$' : (substitutions[Number(d) - 1] ?? '')));
}

export function translatorFor(lang: UiLang): Translate {
  return (key, ...substitutions) => messageIn(lang, key, substitutions.map(String));
}

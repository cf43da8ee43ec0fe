/** The options page's words, from static/_locales in the browser's UI language. */
import type enMessages from '../../static/_locales/en/messages.json';

export type MessageKey = keyof typeof enMessages;
export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

/** A translator over a getMessage function; a missing message shows its key rather than nothing. */
export function translator(getMessage: (key: string, substitutions?: string[]) => string): Translate {
  return (key, ...subs) => getMessage(key, subs.map(String)) || key;
}

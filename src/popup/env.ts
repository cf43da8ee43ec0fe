/**
 * What every view needs, handed down once through context: the knowledge base, the host, the languages,
 * and navigation. Tests render a view inside the same provider with fixture data and a fake host.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { KnowledgeBase } from '../core/kb-types';
import type { PopupHost } from './host';
import type { ContentLang, Translate } from './i18n';
import type { Romanize } from './pinyin';

export type View =
  | { name: 'page' }
  | { name: 'lookup' }
  | { name: 'paper' }
  | { name: 'intro' }
  | { name: 'timeline'; topic?: string; thesis?: string }
  | { name: 'topic'; id: string };

export interface PopupEnv {
  kb: KnowledgeBase;
  host: PopupHost;
  lang: ContentLang;
  t: Translate;
  /** Chinese variant → canonical character, for lookup (from the compiled matcher). */
  zhFold: Readonly<Record<string, string>>;
  /** Toneless pinyin of a Simplified Chinese name from data/, for lookup. */
  romanize: Romanize;
  /** The tab the popup is about (null when there is none, e.g. opened from the context menu). */
  tabId: number | null;
  /** Opens a view; a topic opens on top of the current view, a tab view replaces the stack. */
  open(view: View): void;
  back(): void;
}

export const EnvContext = createContext<PopupEnv | null>(null);

export function useEnv(): PopupEnv {
  const env = useContext(EnvContext);
  if (!env) throw new Error('popup view rendered outside EnvContext');
  return env;
}

export function translator(host: PopupHost): Translate {
  return (key, ...substitutions) => host.message(key, substitutions.map(String)) || key;
}

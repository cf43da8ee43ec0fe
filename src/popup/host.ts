/**
 * Everything the popup asks of the browser, as one small interface: the extension provides it
 * (extension-host.ts), component tests hand in a fake. Components never import the browser API.
 */
import type { TabInfo } from './page-state';
import type { TabMentions } from '../shared/messages';
import type { MessageKey } from './i18n';
import type { Density } from '../core/highlight-density';
import type { Colours } from '../core/highlight-categories';

export interface PopupHost {
  /** The reader's language ("en", "zh-Hant"…: the options page's choice, else the browser's), or a browser locale. */
  uiLanguage(): string;
  /** The UI string for `key` in that language (static/_locales), "$1"… replaced by `substitutions`. */
  message(key: MessageKey, substitutions?: string[]): string;
  /** What the tab's frames have reported, or null when none has. */
  tabMentions(tabId: number): Promise<TabMentions | null>;
  /** The tab's status (and URL where the browser shows it to the extension); null if gone. */
  tabInfo(tabId: number): Promise<TabInfo | null>;
  /** Switches highlighting on or off for one site (remembered; the page follows at once). */
  setSiteEnabled(site: string, enabled: boolean): Promise<void>;
  /** Scrolls the tab to the index-th mention of `topic` and flashes it; resolves to how many there are. */
  reveal(tabId: number, topic: string, index: number): Promise<number>;
  copyText(text: string): Promise<void>;
  /** Whether the introduction has been shown once (the popup opens on it the first time). */
  introSeen(): Promise<boolean>;
  markIntroSeen(): Promise<void>;
  /** How many mentions pages mark, and the reader's colours (the quick switch and legend; optional in fakes). */
  calm?(): Promise<{ density: Density; colours: Colours }>;
  setDensity?(density: Density): Promise<void>;
  /** On-demand density: marks the tab's mentions now (or takes them off again), like the toggle shortcut. */
  markNow?(tabId: number): Promise<void>;
}

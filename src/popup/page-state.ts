/**
 * What the popup can say about its tab, decided from the background's answer and the tab's status.
 * The popup never waits for this to draw: "reading" is a state like the others.
 */
import type { TabMentions } from '../shared/messages';

/** The tab as far as the popup may know it (url only where the browser lets the extension see it). */
export interface TabInfo {
  url?: string;
  loading: boolean;
}

export type PageState =
  /** No answer from the background yet. */
  | { kind: 'reading' }
  /** The tab is still loading and has reported nothing. */
  | { kind: 'loading' }
  /** A page the extension cannot read: browser pages, the store, the PDF viewer, file:// without access. */
  | { kind: 'unreadable' }
  /** The reader switched highlighting off for this site. */
  | { kind: 'off'; url: string }
  /** Mentions so far; `complete` false while the first scan is still running. */
  | {
      kind: 'ready';
      url: string;
      complete: boolean;
      mentions: TabMentions['mentions'];
      /** Mentions per topic: all of them, where `mentions` lists only the first few hundred. */
      counts: TabMentions['counts'];
      /** The page has more mentions than the extension reads on one page. */
      capped: boolean;
    };

const READABLE_PROTOCOLS = new Set(['http:', 'https:', 'file:']);

export function isReadableUrl(url: string): boolean {
  try {
    return READABLE_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * `tab` is undefined before the background has answered and null when no frame of the tab has reported;
 * `info` is null when the tab is gone or cannot be inspected.
 */
export function pageStateOf(tab: TabMentions | null | undefined, info: TabInfo | null): PageState {
  if (tab === undefined) return { kind: 'reading' };
  if (tab === null || !isReadableUrl(tab.url)) {
    if (info?.url !== undefined && !isReadableUrl(info.url)) return { kind: 'unreadable' };
    return info?.loading ? { kind: 'loading' } : { kind: 'unreadable' };
  }
  if (!tab.enabled) return { kind: 'off', url: tab.url };
  return {
    kind: 'ready',
    url: tab.url,
    complete: tab.complete,
    mentions: tab.mentions,
    counts: tab.counts ?? {},
    capped: !!tab.capped,
  };
}

/** Whether asking the background again may change the answer (the popup polls until it cannot). */
export function mayStillChange(state: PageState): boolean {
  return state.kind === 'reading' || state.kind === 'loading' || (state.kind === 'ready' && !state.complete);
}

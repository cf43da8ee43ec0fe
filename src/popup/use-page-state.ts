/**
 * The tab's mentions as they arrive: asks the background at once, then again every few hundred
 * milliseconds while the page is loading or still being read, and for a while after the reader
 * switches highlighting, until the page has caught up.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { mayStillChange, pageStateOf, type PageState } from './page-state';
import type { PopupHost } from './host';

const POLL_MS = 300;
/** A page that has not reported yet may only be slow to start (content scripts run at document idle). */
const GRACE_MS = 1500;
const AFTER_SWITCH_MS = 4000;

export function usePageState(host: PopupHost, tabId: number | null | undefined): { state: PageState; refresh(): void } {
  const [state, setState] = useState<PageState>({ kind: 'reading' });
  const [generation, setGeneration] = useState(0);
  const lastJson = useRef('');
  const graceMs = useRef(GRACE_MS);

  useEffect(() => {
    if (tabId === undefined) return;
    if (tabId === null) {
      setState({ kind: 'unreadable' });
      return;
    }
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const until = Date.now() + graceMs.current;
    const poll = async (): Promise<void> => {
      const [tab, info] = await Promise.all([
        host.tabMentions(tabId).catch(() => null),
        host.tabInfo(tabId).catch(() => null),
      ]);
      if (stopped) return;
      const next = pageStateOf(tab, info);
      const json = JSON.stringify(next);
      if (json !== lastJson.current) {
        lastJson.current = json;
        setState(next);
      }
      if (mayStillChange(next) || Date.now() < until) timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [host, tabId, generation]);

  const refresh = useCallback(() => {
    graceMs.current = AFTER_SWITCH_MS;
    setGeneration((g) => g + 1);
  }, []);
  return { state, refresh };
}

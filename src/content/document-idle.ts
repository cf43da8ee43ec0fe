/**
 * content.js starts at document_start (to ask for the highlight styles before the page has elements
 * to restyle) but reads the page only once it is built, when the browser would have run a
 * document_idle script: at the load event, or IDLE_AFTER_READY_MS after DOMContentLoaded, whichever
 * comes first (Chromium's rule, which Firefox follows closely). Injected later (on-click mode), it
 * goes on at once.
 */

/** Chromium's own wait after DOMContentLoaded before it runs document_idle scripts. */
export const IDLE_AFTER_READY_MS = 200;

export function documentIdle(doc: Document, win: Window): Promise<void> {
  if (doc.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    const cleanup = new AbortController();
    const done = (): void => {
      cleanup.abort();
      resolve();
    };
    let timer: number | undefined;
    cleanup.signal.addEventListener('abort', () => win.clearTimeout(timer));
    // readystatechange rather than DOMContentLoaded: it also tells "complete" where no load event comes.
    const check = (): void => {
      if (doc.readyState === 'complete') done();
      else if (doc.readyState === 'interactive') timer ??= win.setTimeout(done, IDLE_AFTER_READY_MS);
    };
    win.addEventListener('load', done, { signal: cleanup.signal });
    doc.addEventListener('readystatechange', check, { signal: cleanup.signal });
    check();
  });
}

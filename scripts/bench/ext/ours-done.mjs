// When our extension is done with a page, from the test side, without polling: one call into its
// service worker resolves when the background's mirror of the tab (storage.session "tab:ID", see
// src/background/tab-state.ts) shows the page's top frame completely scanned. Polling every 50 ms
// cost a load 25 ms on average and a round trip to the worker each time.

/**
 * In the service worker: resolves with the tab's frames once a tab not in `skip` shows `url` in its
 * top frame with a complete scan; rejects after `timeout` ms.
 * @param {{ url: string, skip: number[], timeout: number }} args
 * @returns {Promise<{ tabId: number, frames: Record<string, object> }>}
 */
export function waitCompleteInWorker({ url, skip, timeout }) {
  return new Promise((resolve, reject) => {
    const finish = (fn, value) => {
      clearTimeout(timer);
      chrome.storage.onChanged.removeListener(onChanged);
      fn(value);
    };
    const check = async () => {
      const all = await chrome.storage.session.get(null);
      for (const [key, frames] of Object.entries(all)) {
        if (!key.startsWith('tab:') || skip.includes(Number(key.slice(4)))) continue;
        const top = frames?.[0];
        if (top?.url === url && top.complete) return finish(resolve, { tabId: Number(key.slice(4)), frames });
      }
    };
    const onChanged = (_changes, area) => {
      if (area === 'session') check().catch((error) => finish(reject, error));
    };
    const timer = setTimeout(() => finish(reject, new Error(`not done with ${url} within ${timeout} ms`)), timeout);
    chrome.storage.onChanged.addListener(onChanged);
    check().catch((error) => finish(reject, error));
  });
}

/** Sum of the mentions the tab's enabled frames counted (the report lists about 200 at most; its counts have them all). */
export function mentionsOf(frames) {
  const counts = Object.values(frames).flatMap((f) => (f?.enabled ? Object.values(f.counts ?? {}) : []));
  return counts.reduce((sum, n) => sum + n, 0);
}

/**
 * @param {import('playwright-core').Worker} worker our extension's service worker
 * @returns {(page: import('playwright-core').Page) => Promise<{ mentions: number }>} a waitDone for the
 *   side: after the page's load event, until the extension is done; tabs it resolved before are
 *   skipped (a closed tab's entry can outlive the tab for a moment)
 */
export function oursDone(worker, timeout = 120_000) {
  const seen = [];
  return async (page) => {
    await page.waitForEvent('load', { timeout });
    const { tabId, frames } = await worker.evaluate(waitCompleteInWorker, { url: page.url(), skip: seen, timeout });
    seen.push(tabId);
    return { mentions: mentionsOf(frames) };
  };
}

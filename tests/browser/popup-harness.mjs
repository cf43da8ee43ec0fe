// Shared by tests/browser/popup.test.ts and scripts/popup-screenshots.mjs: wait for the extension to
// read a page, then open the popup for its tab as an ordinary tab (chrome-extension://ID/popup.html?tab=ID).
//
// scan-state.mjs's waitForScan finds the tab through tabs.query, whose `url` this Chromium hides from an
// extension without the "tabs" permission; the frames the background stores carry the URL themselves.

/**
 * Resolves once the background holds a complete scan of `page`, with the tab's id and mentions.
 * @param {import('playwright-core').Worker} worker
 * @param {import('playwright-core').Page} page
 * @returns {Promise<{ tabId: number, mentions: { topic: string, text: string, context: string }[] }>}
 */
export async function scanOf(worker, page, timeout = 20_000) {
  const url = page.url();
  const end = Date.now() + timeout;
  for (;;) {
    const found = await worker.evaluate(async (u) => {
      const all = await chrome.storage.session.get(null);
      for (const [key, frames] of Object.entries(all)) {
        const top = frames?.[0];
        if (!key.startsWith('tab:') || !top || top.url !== u || !top.complete) continue;
        const ids = Object.keys(frames).map(Number).sort((a, b) => a - b);
        return { tabId: Number(key.slice(4)), mentions: ids.flatMap((id) => (frames[id].enabled ? frames[id].mentions : [])) };
      }
      return null;
    }, url);
    if (found) return found;
    if (Date.now() > end) throw new Error(`the extension did not finish scanning ${url} within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Opens `url`, waits for the scan, and opens the popup for that tab at popup size.
 * @param {{ context: import('playwright-core').BrowserContext, worker: import('playwright-core').Worker, popupUrl: (tabId?: number) => string }} ext
 * @param {string} url
 */
export async function openPageAndPopup(ext, url) {
  const page = await ext.context.newPage();
  await page.goto(url);
  const { tabId, mentions } = await scanOf(ext.worker, page);
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(ext.popupUrl(tabId));
  return { page, popup, tabId, mentions };
}

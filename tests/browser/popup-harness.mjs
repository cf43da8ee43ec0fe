// Shared by tests/browser/popup.test.ts and scripts/popup-screenshots.mjs: open a page, wait until the
// extension has read it, then open the popup for its tab as an ordinary tab (popup.html?tab=ID) at popup size.
import { waitForScan } from './scan-state.mjs';

/**
 * @param {{ context: import('playwright-core').BrowserContext, worker: import('playwright-core').Worker, popupUrl: (tabId?: number) => string }} ext
 * @param {string} url
 * @param {{ intro?: boolean }} [options] intro: leave the introduction unseen (the first-run popup)
 */
export async function openPageAndPopup(ext, url, { intro = false } = {}) {
  // A fresh profile's first popup shows the introduction; the tests (and screenshots) of the other views
  // start from a popup the reader has opened before.
  if (!intro) await ext.worker.evaluate(() => chrome.storage.sync.set({ introSeen: true }));
  const page = await ext.context.newPage();
  await page.goto(url);
  const { tabId, mentions } = await waitForScan(ext.worker, page);
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(ext.popupUrl(tabId));
  return { page, popup, tabId, mentions };
}

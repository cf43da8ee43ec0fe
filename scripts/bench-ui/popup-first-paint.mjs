// Times the popup's first frame on a page with 50 mentions, against a bare extension document opened
// in turn (what any extension page costs on this machine at this moment).
import { launchWithExtension } from '../../tests/browser/launch.mjs';
import { waitForScan } from '../../tests/browser/scan-state.mjs';
import { startServer } from '../../tests/browser/server.mjs';

const firstPaint = (page) =>
  page
    .waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0)
    .then(() =>
      page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN),
    );

export async function runPopupFirstPaint(opens = 9) {
  const server = await startServer();
  const ext = await launchWithExtension();
  try {
    const page = await ext.context.newPage();
    await page.goto(server.url('/popup-fifty.html'));
    const { tabId, mentions } = await waitForScan(ext.worker, page);
    // A fresh profile's first popup opens on the introduction; time the page's topic list, as a reader sees it after.
    await ext.worker.evaluate(() => chrome.storage.sync.set({ introSeen: true }));
    const runs = [];
    for (let i = 0; i < opens; i++) {
      const popup = await ext.context.newPage();
      await popup.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (!document.querySelector('.page-topic')) return;
          window.listedAt = performance.now();
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      await popup.goto(ext.popupUrl(tabId));
      await popup.locator('.page-topic').first().waitFor();
      const paint = await firstPaint(popup);
      const listed = await popup.evaluate(() => window.listedAt);
      await popup.close();
      const bare = await ext.context.newPage();
      await bare.goto(`chrome-extension://${ext.extensionId}/manifest.json`);
      runs.push({ popup: paint, listed, bare: await firstPaint(bare) });
      await bare.close();
    }
    return { mentions: mentions.length, runs };
  } finally {
    await ext.close();
    await server.close();
  }
}

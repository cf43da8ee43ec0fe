// Chromium driven by puppeteer-core for site-access tests: it can click the extension's toolbar button
// (Extension.triggerAction, which grants activeTab as a reader's click does) and set the extension's
// site access the way a reader does in chrome://extensions (developerPrivate, as that page itself does).
import puppeteer from 'puppeteer-core';
import { findChromium } from './find-chromium.mjs';
import { EXTENSION_DIR, OFFLINE_CHROMIUM_ARGS } from './launch.mjs';

/** @param {{ extensionDir?: string }} [options] */
export async function launchForAccess(options = {}) {
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    pipe: true,
    enableExtensions: true,
    args: OFFLINE_CHROMIUM_ARGS,
  });
  const id = await browser.installExtension(options.extensionDir ?? EXTENSION_DIR);
  const extension = (await browser.extensions()).get(id);
  if (!extension) throw new Error('the extension did not load');
  const admin = await browser.newPage();
  await admin.goto(`chrome://extensions/?id=${id}`);
  // Developer mode makes Chromium keep the extension's runtime errors (worker, popup, content script) for us to read.
  await admin.evaluate(() => chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }));

  async function worker() {
    const [w] = await extension.workers();
    if (w) return w;
    const target = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${id}/`),
    );
    return /** @type {import('puppeteer-core').WebWorker} */ (await target.worker());
  }

  return {
    browser,
    extension,
    id,
    worker,
    popupUrl: (tabId) => `chrome-extension://${id}/popup.html?tab=${tabId}`,
    /** 'ON_CLICK' | 'SPECIFIC_SITES' | 'ON_ALL_SITES', as chosen in the extension's details page. */
    setHostAccess: (hostAccess) =>
      admin.evaluate(
        (extensionId, access) =>
          chrome.developerPrivate.updateExtensionConfiguration({ extensionId, hostAccess: access }),
        id,
        hostAccess,
      ),
    /** Errors Chromium recorded for the extension (its worker, pages and content scripts). */
    runtimeErrors: () =>
      admin.evaluate(async (extensionId) => {
        const info = await chrome.developerPrivate.getExtensionInfo(extensionId);
        return [...info.runtimeErrors, ...info.manifestErrors].map((e) => `${e.source}: ${e.message}`);
      }, id),
    /** The id of the active tab, as the extension sees it. */
    async activeTabId(page) {
      await page.bringToFront();
      const w = await worker();
      return w.evaluate(
        async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null,
      );
    },
    close: () => browser.close(),
  };
}

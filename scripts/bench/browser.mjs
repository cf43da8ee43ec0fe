// Headless Chromium for the bench: no extension (our code is injected per page), nothing leaves the
// machine, and pages are cross-origin isolated so performance.now() ticks in 5 µs, not 100 µs.
import { chromium } from 'playwright-core';
import { findChromium } from '../../tests/browser/find-chromium.mjs';
import { isLocal, OFFLINE_CHROMIUM_ARGS } from '../../tests/browser/launch.mjs';

const ISOLATION = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

export async function launchBench() {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      ...OFFLINE_CHROMIUM_ARGS,
      // gc() before each measurement, so garbage from loading the page is not collected inside one.
      '--js-flags=--expose-gc',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const blocked = { count: 0 };
  await context.route('**/*', async (route) => {
    const request = route.request();
    if (!isLocal(request.url())) {
      blocked.count++;
      return route.abort('blockedbyclient');
    }
    // The corpus holds only HTML files: any other local request would be a 404; skip the round trip.
    if (!request.isNavigationRequest()) return route.abort('blockedbyclient');
    // Keep the server's headers (its CSP blocks the page's own scripts) and add isolation.
    const response = await route.fetch();
    return route.fulfill({ response, headers: { ...response.headers(), ...ISOLATION } });
  });
  return { context, version: browser.version(), blocked, close: () => browser.close() };
}

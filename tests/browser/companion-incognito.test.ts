// No reading-trail record from a private window (issue 16), in Chromium with the extension allowed in
// incognito. Playwright cannot ask for that at launch: the test switches it on the way the reader does,
// on chrome://extensions (its page's developerPrivate API, the one the "Allow in Incognito" switch calls),
// then opens an incognito window from the extension and checks that the content script ran there
// (the tab's report reached the background) but the trail stayed empty; the same page in an ordinary
// window is recorded, so the check can fail.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension } from './launch.mjs';
import { setSettings } from './page-snapshot.mjs';
import { startServer } from './server.mjs';

let ext: Awaited<ReturnType<typeof launchWithExtension>>;
let server: Awaited<ReturnType<typeof startServer>>;
type Worker = Awaited<ReturnType<typeof launchWithExtension>>['worker'];
let worker: Worker;

const PAGE = '/private/khrushchev.html';
function pages(url: URL) {
  if (url.pathname !== PAGE) return undefined;
  return {
    body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Private</title></head><body><p>Khrushchev flew to Beijing in 1958.</p></body></html>',
  };
}

beforeAll(async () => {
  server = await startServer({ extraHandler: pages });
  ext = await launchWithExtension();
  const settings = await ext.context.newPage();
  await settings.goto('chrome://extensions');
  const restarted = ext.context.waitForEvent('serviceworker', { timeout: 10_000 });
  await settings.evaluate(async (id) => {
    const api = (
      globalThis as unknown as {
        chrome: {
          developerPrivate: {
            updateProfileConfiguration(c: object): Promise<void>;
            updateExtensionConfiguration(c: object): Promise<void>;
          };
        };
      }
    ).chrome.developerPrivate;
    // Developer mode first: without it Chromium disables an unpacked extension when it reloads.
    await api.updateProfileConfiguration({ inDeveloperMode: true });
    await api.updateExtensionConfiguration({ extensionId: id, incognitoAccess: true });
  }, ext.extensionId);
  // Allowing incognito reloads the extension; its service worker starts again on the next event.
  // (While it reloads its pages are refused for a moment.) A chrome:// page may not open it: a new tab does.
  await settings.close();
  const waker = await ext.context.newPage();
  for (let tries = 0; ; tries++) {
    try {
      await waker.goto(`chrome-extension://${ext.extensionId}/options.html`);
      break;
    } catch (error) {
      if (tries > 40) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await waker.evaluate(() => chrome.runtime.sendMessage({ type: 'notes/list', payload: {} }));
  worker = await restarted;
  await waker.close();
  await setSettings(worker, { trailEnabled: true });
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const trail = () =>
  worker.evaluate(async () => ((await chrome.storage.local.get('trail')).trail ?? []) as { url: string }[]);
async function reported(tabId: number): Promise<boolean> {
  return worker.evaluate(async (id) => {
    const frames = (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as
      Record<string, { complete?: boolean }> | undefined;
    return Boolean(frames?.[0]?.complete);
  }, tabId);
}

it('records nothing from an incognito window, and the same page in an ordinary window', async () => {
  expect(await worker.evaluate(() => chrome.extension.isAllowedIncognitoAccess())).toBe(true);
  const url = server.url(PAGE);
  const win = await worker.evaluate((u) => chrome.windows.create({ url: u, incognito: true }), url);
  const tabId = win.tabs?.[0]?.id as number;
  expect(await worker.evaluate(async (id) => (await chrome.tabs.get(id)).incognito, tabId)).toBe(true);
  // The content script ran in the private tab and its report reached the background…
  await expect.poll(() => reported(tabId), { timeout: 15_000 }).toBe(true);
  // …and a moment later the trail still holds nothing.
  await new Promise((r) => setTimeout(r, 500));
  expect(await trail()).toEqual([]);

  const page = await ext.context.newPage();
  await page.goto(url);
  await expect
    .poll(async () => (await trail()).filter((r) => r.url === url).length, { timeout: 15_000 })
    .toBeGreaterThan(0);
  await page.close();
});

// Firefox smoke test: Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi loads the
// Firefox build, its content script highlights a served page, and its background answers.
import type { Browser, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { type FixtureServer, popupReachableAt, withFirefox } from './sessions';

const UUID = '5f0c2a44-6d1e-4c43-9a55-5b1f3c0d7e21';

let browser: Browser;
let server: FixtureServer;
withFirefox(
  ({ firefox, server: started }) => {
    browser = firefox.browser;
    server = started;
  },
  { launch: popupReachableAt(UUID) },
);

async function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => CSS.highlights.get('sino-soviet-notes')?.size ?? 0);
}

describe('Firefox ESR', () => {
  it('highlights a served page and the background answers with its mentions', async () => {
    const page = await browser.newPage();
    const url = server.url('/basic.html?firefox');
    await page.goto(url);
    await page.waitForFunction(() => (CSS.highlights.get('sino-soviet-notes')?.size ?? 0) > 0, { timeout: 20_000 });
    expect(await highlightCount(page)).toBeGreaterThanOrEqual(3);

    const ext = await browser.newPage();
    await ext.goto(server.url('/basic.html?opener'));
    await ext.evaluate((u) => {
      location.href = u;
    }, `moz-extension://${UUID}/popup.html?tab=0`);
    await ext.waitForFunction(() => typeof (globalThis as { browser?: unknown }).browser === 'object', {
      timeout: 20_000,
    });
    // The page reports to the background a moment after it paints: ask until the report is there.
    const readTopics = () =>
      ext.evaluate(async (pageUrl) => {
        type Api = {
          tabs: { query(q: object): Promise<{ id: number; url: string }[]> };
          runtime: {
            sendMessage(m: object): Promise<{ ok: boolean; value: { mentions: { topic: string }[] } | null }>;
          };
        };
        const api = (globalThis as unknown as { browser: Api }).browser;
        const tab = (await api.tabs.query({})).find((t) => t.url === pageUrl);
        if (!tab) return null;
        const answer = await api.runtime.sendMessage({ type: 'mentions/get', payload: { tabId: tab.id } });
        return answer.ok && answer.value ? answer.value.mentions.map((m) => m.topic) : null;
      }, url);
    await expect
      .poll(async () => new Set((await readTopics()) ?? []), { timeout: 20_000 })
      .toEqual(new Set(['mao-zedong', 'stalin', 'khrushchev']));
  }, 90_000);

  it('wraps mentions in marks with accessible highlights (content-wrap.js injected on demand)', async () => {
    const settingsPage = await browser.newPage();
    await settingsPage.goto(server.url('/basic.html?opener-wrap'));
    await settingsPage.evaluate((u) => {
      location.href = u;
    }, `moz-extension://${UUID}/popup.html?tab=0`);
    await settingsPage.waitForFunction(() => typeof (globalThis as { browser?: unknown }).browser === 'object', {
      timeout: 20_000,
    });
    await settingsPage.evaluate(async () => {
      type Api = { storage: { sync: { set(items: object): Promise<void> } } };
      await (globalThis as unknown as { browser: Api }).browser.storage.sync.set({
        settings: { accessibleHighlights: true },
      });
    });
    const page = await browser.newPage();
    await page.goto(server.url('/basic.html?firefox-wrap'));
    await page.waitForFunction(() => document.querySelectorAll('mark.ssn-mark').length > 0, { timeout: 20_000 });
    const marked = await page.evaluate(() => [...document.querySelectorAll('mark.ssn-mark')].map((m) => m.textContent));
    expect(marked).toEqual(expect.arrayContaining(['Stalin']));
    expect(await highlightCount(page)).toBe(0);
  }, 90_000);
});

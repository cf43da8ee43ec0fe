// Site access withdrawn in Firefox ESR (the extension's own permissions.remove, as the reader's
// "access your data for all websites" switch does): nothing runs on a new page, the popup says why
// and offers all-sites access, and neither page nor popup logs an error.
import type { Browser, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { type FixtureServer, popupReachableAt, withFirefox } from './sessions';

const UUID = '3b8e6f0e-2a51-4d7c-8f3e-9c1d2b7a6e54';

let browser: Browser;
let server: FixtureServer;
withFirefox(
  ({ firefox, server: started }) => {
    browser = firefox.browser;
    server = started;
  },
  { launch: popupReachableAt(UUID) },
);

function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

async function openExtensionPage(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors = recordErrors(page);
  await page.goto(server.url('/basic.html?opener'));
  await page.evaluate((u) => {
    location.href = u;
  }, `moz-extension://${UUID}/${path}`);
  await page.waitForFunction(() => typeof (globalThis as { browser?: unknown }).browser === 'object', {
    timeout: 20_000,
  });
  return { page, errors };
}

type Api = {
  permissions: { remove(p: object): Promise<boolean>; contains(p: object): Promise<boolean> };
  tabs: { query(q: object): Promise<{ id: number; index: number; url?: string }[]> };
};

describe('Firefox ESR with site access withdrawn', () => {
  it('runs nothing by itself and the popup offers access, without errors', async () => {
    const { page: ext, errors: extErrors } = await openExtensionPage('popup.html?tab=0');
    const removed = await ext.evaluate(() =>
      (globalThis as unknown as { browser: Api }).browser.permissions.remove({ origins: ['<all_urls>'] }),
    );
    expect(removed).toBe(true);

    const page = await browser.newPage();
    const pageErrors = recordErrors(page);
    await page.goto(server.url('/basic.html?withdrawn'));
    await new Promise((done) => setTimeout(done, 2000));
    expect(await page.evaluate(() => CSS.highlights.get('sino-soviet-notes')?.size ?? 0)).toBe(0);

    // Without access the extension cannot see the page's address: it is the newest tab.
    const tabId = await ext.evaluate(async () => {
      const tabs = await (globalThis as unknown as { browser: Api }).browser.tabs.query({});
      return tabs.sort((a, b) => b.index - a.index)[0]?.id ?? null;
    });
    expect(tabId).not.toBeNull();
    await ext.evaluate((u) => {
      location.href = u;
    }, `moz-extension://${UUID}/popup.html?tab=${tabId}`);
    const notice = await ext.waitForSelector('.site-access', { timeout: 20_000 });
    expect(await notice?.evaluate((n) => n.getAttribute('data-access'))).toBe('missing');
    expect(await ext.$$eval('.site-access button', (b) => b.map((x) => x.getAttribute('data-allow')))).toEqual(['all']);

    // A shortcut pressed there without the reader's click grant finds nothing to run and says nothing.
    const answer = await ext.evaluate(
      (id) =>
        (
          globalThis as unknown as { browser: { runtime: { sendMessage(m: object): Promise<{ ok: boolean }> } } }
        ).browser.runtime.sendMessage({ type: 'commands/run', payload: { command: 'next-mention', tabId: id } }),
      tabId as number,
    );
    expect(answer.ok).toBe(false);
    expect(await page.evaluate(() => CSS.highlights.get('sino-soviet-notes')?.size ?? 0)).toBe(0);

    await new Promise((done) => setTimeout(done, 500));
    expect(pageErrors).toEqual([]);
    expect(extErrors).toEqual([]);
  }, 90_000);
});

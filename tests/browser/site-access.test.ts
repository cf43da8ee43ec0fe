// Site access in Chromium: with access withdrawn (the reader's "on click" setting) nothing runs by
// itself, the popup says why and offers access, and no error is recorded anywhere; the reader's click
// on the toolbar button (activeTab) runs the scan in that tab only.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchForAccess } from './chromium-access.mjs';
import { REPO, startServer } from './server.mjs';

let chromium: Awaited<ReturnType<typeof launchForAccess>>;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  server = await startServer();
  chromium = await launchForAccess();
  await chromium.setHostAccess('ON_CLICK');
}, 60_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

const highlightCount = (page: Page): Promise<number> =>
  page.evaluate(() => CSS.highlights.get('sino-soviet-notes')?.size ?? 0);

/** A page that records its console errors (its own favicon 404 aside). */
async function openPage(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await chromium.browser.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url?.endsWith('/favicon.ico')) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url(path));
  return { page, errors };
}

async function openPopup(tabId: number): Promise<{ popup: Page; errors: string[] }> {
  // Past the first-run introduction (popup.test.ts covers it).
  await (await chromium.worker()).evaluate(() => chrome.storage.sync.set({ introSeen: true }));
  const opened = await openPage('/basic.html?unused');
  await opened.page.goto(chromium.popupUrl(tabId));
  return { popup: opened.page, errors: opened.errors };
}

/** axe-core's serious and critical findings (the notice is new UI in the popup). */
async function seriousViolations(popup: Page): Promise<string[]> {
  // Evaluated through DevTools: the extension's CSP (rightly) refuses an injected <script>.
  await popup.evaluate(await readFile(join(REPO, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  return popup.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact?: string }[] }> } }
    ).axe;
    const { violations } = await axe.run(document);
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  });
}

const settle = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('site access withdrawn (Chromium "on click")', () => {
  it('runs nothing by itself, and the popup offers access without any error', async () => {
    const { page, errors: pageErrors } = await openPage('/basic.html?withdrawn');
    await settle(1500);
    expect(await highlightCount(page)).toBe(0);
    const tabId = await chromium.activeTabId(page);
    expect(tabId).not.toBeNull();

    const { popup, errors: popupErrors } = await openPopup(tabId as number);
    const notice = await popup.waitForSelector('.site-access', { timeout: 10_000 });
    // Opened without the reader's click the popup cannot even see the address: all-sites access is what it can offer.
    expect(await notice?.evaluate((n) => n.getAttribute('data-access'))).toBe('missing');
    expect(await popup.$$eval('.site-access button', (b) => b.map((x) => x.getAttribute('data-allow')))).toEqual([
      'all',
    ]);
    expect(await popup.$eval('#site-access-text', (p) => p.textContent)).toMatch(/no access to this site/);

    await settle(500);
    expect(await highlightCount(page)).toBe(0);
    expect(pageErrors).toEqual([]);
    expect(popupErrors).toEqual([]);
    expect(await chromium.runtimeErrors()).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('runs the scan in the clicked tab only, after the click, and offers this site or all sites', async () => {
    const { page } = await openPage('/basic.html?clicked');
    const { page: other } = await openPage('/basic.html?not-clicked');
    await settle(1000);
    expect(await highlightCount(page)).toBe(0);

    const tabId = await chromium.activeTabId(page);
    await chromium.extension.triggerAction(page);
    // Headless Chromium shows no popup window; the popup page opened for that tab runs the same code.
    const { popup, errors } = await openPopup(tabId as number);
    // The real popup sits over the page; here the page must be in front to paint (hidden tabs get no frames).
    await page.bringToFront();
    await page.waitForFunction(() => (CSS.highlights.get('sino-soviet-notes')?.size ?? 0) > 0, { timeout: 10_000 });
    expect(await highlightCount(page)).toBeGreaterThanOrEqual(3);

    const notice = await popup.waitForSelector('.site-access[data-access="on-click"]', { timeout: 10_000 });
    expect(await notice?.evaluate((n) => n.textContent)).toContain('127.0.0.1');
    expect(await popup.$$eval('.site-access button', (b) => b.map((x) => x.getAttribute('data-allow')))).toEqual([
      'site',
      'all',
    ]);
    expect(await seriousViolations(popup)).toEqual([]);
    // The popup lists what the scan found, as with site access.
    await popup.waitForSelector('.page-topic[data-topic="mao-zedong"]', { timeout: 10_000 });

    expect(await highlightCount(other)).toBe(0);

    // The click's grant ends when the tab leaves the site (Chromium keeps it for the same origin): a page
    // on another site is not scanned, and the old page's mentions are forgotten although the browser no
    // longer shows us the tab's address.
    await page.goto(server.url('/popup-page.html?after-click').replace('127.0.0.1', 'localhost'));
    await settle(1500);
    expect(await highlightCount(page)).toBe(0);
    const worker = await chromium.worker();
    const stored = await worker.evaluate(
      async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null,
      tabId as number,
    );
    expect(stored).toBeNull();

    expect(errors).toEqual([]);
    expect(await chromium.runtimeErrors()).toEqual([]);
  });

  it('the options page says the extension runs only on click, and offers all sites', async () => {
    const { page: options, errors } = await openPage('/basic.html?options');
    await options.goto(`chrome-extension://${chromium.id}/options.html`);
    const section = await options.waitForSelector('section[data-all-sites]', { timeout: 10_000 });
    expect(await section?.evaluate((s) => s.getAttribute('data-all-sites'))).toBe('false');
    expect(await section?.evaluate((s) => s.textContent)).toMatch(/only when you click its toolbar button/);
    expect(await options.$$eval('section[data-all-sites] button', (b) => b.map((x) => x.textContent))).toEqual([
      'Allow on all sites',
    ]);
    expect(errors).toEqual([]);
    expect(await chromium.runtimeErrors()).toEqual([]);
  });
});

// Firefox smoke test: Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi loads the
// Firefox build, its content script highlights a served page, and its background answers.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, startServer } from './server.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const UUID = '5f0c2a44-6d1e-4c43-9a55-5b1f3c0d7e21';

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
let testBuild: string;

beforeAll(async () => {
  if (!existsSync(FIREFOX)) {
    throw new Error(`No Firefox at ${FIREFOX}: apt-get install -y firefox-esr (or set FIREFOX_PATH).`);
  }
  // A test copy of the Firefox build whose popup page a tab may open (Firefox refuses it otherwise).
  testBuild = await mkdtemp(join(tmpdir(), 'ssn-firefox-'));
  await cp(join(REPO, 'dist', 'firefox'), testBuild, { recursive: true });
  const manifest = JSON.parse(await readFile(join(testBuild, 'manifest.json'), 'utf8'));
  manifest.web_accessible_resources = [{ resources: ['popup.html'], matches: ['<all_urls>'] }];
  await writeFile(join(testBuild, 'manifest.json'), JSON.stringify(manifest));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  server = await startServer();
  browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: UUID }),
      // MV3 host permissions are optional in Firefox; grant them as a reader would on install.
      'extensions.originControls.grantByDefault': true,
    },
  });
  await browser.installExtension(testBuild);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (testBuild) await rm(testBuild, { recursive: true, force: true });
});

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
    await ext.evaluate((u) => { location.href = u; }, `moz-extension://${UUID}/popup.html?tab=0`);
    await ext.waitForFunction(() => typeof (globalThis as { browser?: unknown }).browser === 'object', { timeout: 20_000 });
    const topics = await ext.evaluate(async (pageUrl) => {
      type Api = { tabs: { query(q: object): Promise<{ id: number; url: string }[]> }; runtime: { sendMessage(m: object): Promise<{ ok: boolean; value: { mentions: { topic: string }[] } | null }> } };
      const api = (globalThis as unknown as { browser: Api }).browser;
      const tab = (await api.tabs.query({})).find((t) => t.url === pageUrl);
      if (!tab) return null;
      const answer = await api.runtime.sendMessage({ type: 'mentions/get', payload: { tabId: tab.id } });
      return answer.ok && answer.value ? answer.value.mentions.map((m) => m.topic) : null;
    }, url);
    expect(topics).not.toBeNull();
    expect(new Set(topics)).toEqual(new Set(['mao-zedong', 'stalin', 'khrushchev']));
  }, 90_000);
});

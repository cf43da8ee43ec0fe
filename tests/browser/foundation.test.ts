// The extension loads in Chromium, its content script runs on served and file:// pages, its popup
// renders, and it never makes a network request of its own.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchWithExtension } from './launch.mjs';
import { waitForScan } from './scan-state.mjs';
import { REPO, startServer } from './server.mjs';

let ext: Awaited<ReturnType<typeof launchWithExtension>>;
let server: Awaited<ReturnType<typeof startServer>>;
const workerErrors: string[] = [];

beforeAll(async () => {
  server = await startServer();
  ext = await launchWithExtension();
  ext.worker.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') workerErrors.push(msg.text());
  });
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const topicsOf = (mentions: { topic: string }[]) => [...new Set(mentions.map((m) => m.topic))].sort();

describe('Chromium with the built extension', () => {
  it('loads with a manifest Chromium accepts', async () => {
    const manifest = await ext.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name).toBe('Sino-Soviet Notes');
    expect(workerErrors).toEqual([]);
  });

  it('runs the content script on a served page and reports its mentions', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/basic.html?served'));
    const { mentions } = await waitForScan(ext.worker, page);
    expect(topicsOf(mentions)).toEqual(['khrushchev', 'mao-zedong', 'stalin']);
    expect(mentions.find((m: { topic: string }) => m.topic === 'mao-zedong')).toMatchObject({ text: 'Mao Zedong' });
    expect(await page.evaluate(() => CSS.highlights.get('sino-soviet-notes')?.size)).toBe(3);
    await page.close();
  });

  it('runs the content script on a file:// page', async () => {
    const page = await ext.context.newPage();
    await page.goto(pathToFileURL(join(REPO, 'tests', 'fixtures', 'basic.html')).href);
    const { mentions } = await waitForScan(ext.worker, page);
    expect(topicsOf(mentions)).toEqual(['khrushchev', 'mao-zedong', 'stalin']);
    await page.close();
  });

  it('opens and renders the popup for a tab', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/basic.html?popup'));
    const { tabId } = await waitForScan(ext.worker, page);
    // Past the first-run introduction (popup.test.ts covers it): the page view.
    await ext.worker.evaluate(() => chrome.storage.sync.set({ introSeen: true }));
    const popup = await ext.context.newPage();
    await popup.goto(ext.popupUrl(tabId));
    await expect.poll(() => popup.locator('.page-topic[data-topic]').count(), { timeout: 10_000 }).toBe(3);
    await popup.close();
    await page.close();
  });

  it('makes no network request of its own', async () => {
    const requests: string[] = [];
    ext.context.on('request', (r) => requests.push(r.url()));
    const page = await ext.context.newPage();
    const url = server.url('/basic.html?privacy');
    await page.goto(url);
    await waitForScan(ext.worker, page);
    await page.waitForTimeout(500);
    expect(requests).toEqual([url]);
    await page.close();
  });

  it('ships no code that could reach the network', async () => {
    const files = (await readdir(EXTENSION_DIR)).filter((f) => f.endsWith('.js'));
    expect(files.sort()).toEqual(expect.arrayContaining(['background.js', 'content.js', 'popup.js']));
    for (const file of files) {
      const code = await readFile(join(EXTENSION_DIR, file), 'utf8');
      for (const api of ['fetch(', 'XMLHttpRequest', 'WebSocket', 'sendBeacon', 'EventSource', 'importScripts']) {
        expect(code.includes(api), `${file} uses ${api}`).toBe(false);
      }
    }
  });
});

// content.js is the only script the manifest runs in every frame: it starts at document_start, asks for
// the highlight styles at once (before the page has elements a late stylesheet would make it restyle),
// and reads the page only once it is built (content/document-idle.ts). A page that arrives slowly shows
// both: our styles are there while it is still loading, and its mentions are found once it is whole.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension } from './launch.mjs';
import { paintedCount } from './page-snapshot.mjs';
import { waitForScan } from './scan-state.mjs';
import { startServer } from './server.mjs';

const PROSE = '<p>The river runs past the old mill; the ferry crosses twice a day in summer.</p>'.repeat(5);
const GAP_MS = 1500;
const SLOW_PAGE = {
  body: `<!doctype html><title>Slow</title><body>${PROSE}`,
  chunks: [`${PROSE}<p>Mao Zedong met Stalin in Moscow.</p>`, '</body>'],
  gapMs: GAP_MS,
};

let ext: Awaited<ReturnType<typeof launchWithExtension>>;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  server = await startServer({ extraHandler: (url) => (url.pathname === '/slow.html' ? SLOW_PAGE : undefined) });
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** What a page script can see of our rules: whether our mark style applies in this document. */
const styled = (page: Page) =>
  page.evaluate(() => {
    const mark = document.createElement('mark');
    mark.className = 'ssn-mark';
    document.documentElement.append(mark);
    const cursor = getComputedStyle(mark).cursor;
    mark.remove();
    return cursor === 'help';
  });

it('adds the styles while the page still loads, and finds the mentions once it is whole', async () => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/slow.html'), { waitUntil: 'commit' });
  // Styled while the parser still waits for the rest of the page.
  await expect.poll(() => styled(page), { timeout: GAP_MS - 200, interval: 50 }).toBe(true);
  expect(await page.evaluate(() => document.readyState)).toBe('loading');
  await waitForScan(ext.worker, page);
  expect(await page.evaluate(() => document.readyState)).not.toBe('loading');
  expect(await paintedCount(page)).toBe(2);
  await page.close();
});

// Issue 11, finding 8: the page shares the highlight registry with us. A page that deletes our entry,
// replaces it or clears its ranges must not switch the highlights off for good: they come back within
// about a second. Chromium here; Firefox ESR in highlight-registry-firefox.test.ts.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension } from './launch.mjs';
import { EVERY_MENTION, setSettings } from './page-snapshot.mjs';
import { scanOfPage } from './preview-card.mjs';
import { startServer } from './server.mjs';

let ext: Awaited<ReturnType<typeof launchWithExtension>>;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  server = await startServer();
  ext = await launchWithExtension();
  await setSettings(ext.worker, EVERY_MENTION);
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

it('paints again after the page deletes, replaces or empties our highlight', async () => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/previews-basic.html?registry'));
  const { mentions } = await scanOfPage(ext.worker, page);
  const painted = () => page.evaluate(() => CSS.highlights.get('sino-soviet-notes')?.size ?? 0);
  await expect.poll(painted).toBe(mentions.length);
  // What a page script can do to the shared registry (run in the page's world, one at a time).
  for (const attack of ['delete', 'replace', 'empty', 'clear all']) {
    await page.evaluate((a) => {
      if (a === 'delete') CSS.highlights.delete('sino-soviet-notes');
      if (a === 'replace') CSS.highlights.set('sino-soviet-notes', new Highlight());
      if (a === 'empty') CSS.highlights.get('sino-soviet-notes')?.clear();
      if (a === 'clear all') CSS.highlights.clear();
    }, attack);
    expect(await painted(), `${attack} took effect`).toBe(0);
    await expect.poll(painted, { timeout: 2500, message: `highlights back after "${attack}"` }).toBe(mentions.length);
  }
  await page.close();
});

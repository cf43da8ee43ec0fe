// Every real page of ../shared/corpus (77 pages, none mentions a topic), in both renderers:
// no highlight, no error from the extension, the page's DOM and text untouched, and clearing changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusPages } from './corpus-pages.mjs';
import { launchWithExtension } from './launch.mjs';
import { compareWithSnapshot, paintedCount, setSettings, snapshotBeforeExtension, wrappedCount } from './page-snapshot.mjs';
import { waitForScan } from './scan-state.mjs';
import { startServer } from './server.mjs';

const pages = corpusPages();

describe.each(['paint', 'wrap'] as const)('corpus pages, %s renderer', (renderer) => {
  let ext: Awaited<ReturnType<typeof launchWithExtension>>;
  let server: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    // The pages' own scripts are blocked so their DOM holds still and any change is ours.
    server = await startServer({ pageScripts: false });
    ext = await launchWithExtension();
    await snapshotBeforeExtension(ext.context);
    await setSettings(ext.worker, { disabledHosts: [], accessibleHighlights: renderer === 'wrap' });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it(`leaves all ${pages.length} pages untouched`, async () => {
    expect(pages.length).toBe(77);
    const problems: string[] = [];
    for (const { file } of pages) {
      const page = await ext.context.newPage();
      const extensionErrors: string[] = [];
      page.on('console', (msg) => {
        if (msg.text().includes('[Sino-Soviet Notes]')) extensionErrors.push(msg.text());
      });
      page.on('pageerror', (error) => {
        if (String(error.stack).includes('chrome-extension://')) extensionErrors.push(error.message);
      });
      try {
        await page.goto(server.url(`/corpus/${file}?${renderer}`), { waitUntil: 'load', timeout: 30_000 });
        const { mentions } = await waitForScan(ext.worker, page, { timeout: 30_000 });
        const shown = renderer === 'paint' ? await paintedCount(page) : await wrappedCount(page);
        const same = await compareWithSnapshot(page);
        const host = new URL(page.url()).host;
        await setSettings(ext.worker, { disabledHosts: [host], accessibleHighlights: renderer === 'wrap' });
        await page.waitForTimeout(50);
        const cleared = await compareWithSnapshot(page);
        await setSettings(ext.worker, { disabledHosts: [], accessibleHighlights: renderer === 'wrap' });
        if (mentions.length) problems.push(`${file}: ${mentions.length} mentions, first ${JSON.stringify(mentions[0])}`);
        if (shown) problems.push(`${file}: ${shown} highlights`);
        if (!same.hadSnapshot || !same.sameHtml || !same.sameText) problems.push(`${file}: DOM changed ${JSON.stringify(same)}`);
        if (!cleared.sameHtml) problems.push(`${file}: DOM changed after clearing`);
        if (extensionErrors.length) problems.push(`${file}: errors ${extensionErrors.join(' | ')}`);
      } catch (error) {
        problems.push(`${file}: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
      }
      await page.close();
    }
    expect(problems).toEqual([]);
  }, 600_000);
});

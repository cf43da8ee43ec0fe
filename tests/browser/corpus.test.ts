// Every real page of ../shared/corpus (77 pages, none mentions a topic), in both renderers:
// no highlight, no error from the extension, the page's DOM and text untouched, and clearing changes nothing.
// Problems are reported by corpus half (corpus-split.mjs): the prefilter's word list is tuned on the
// first half only, so the validating half is the honest check.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusPages } from './corpus-pages.mjs';
import { corpusHalf } from './corpus-split.mjs';
import { launchWithExtension } from './launch.mjs';
import {
  compareWithSnapshot,
  paintedCount,
  setSettings,
  snapshotBeforeExtension,
  wrappedCount,
} from './page-snapshot.mjs';
import { waitForScan } from './scan-state.mjs';
import { startServer } from './server.mjs';

const pages = corpusPages();
const BATCH = 20;

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
    const settings = (disabledHosts: string[]) => ({ disabledHosts, accessibleHighlights: renderer === 'wrap' });
    // Pages are checked in batches that stay open, so switching the site off (a storage.sync write,
    // limited to 120 a minute) happens once per batch, not once per page.
    for (let i = 0; i < pages.length; i += BATCH) {
      const batch: { file: string; page: Page; errors: string[] }[] = [];
      for (const { file } of pages.slice(i, i + BATCH)) {
        const page = await ext.context.newPage();
        const errors: string[] = [];
        page.on('console', (msg) => {
          if (msg.text().includes('[Sino-Soviet Notes]')) errors.push(msg.text());
        });
        page.on('pageerror', (error) => {
          if (String(error.stack).includes('chrome-extension://')) errors.push(error.message);
        });
        batch.push({ file, page, errors });
        try {
          await page.goto(server.url(`/corpus/${file}?${renderer}`), { waitUntil: 'load', timeout: 30_000 });
          const { mentions } = await waitForScan(ext.worker, page, { timeout: 30_000 });
          const shown = renderer === 'paint' ? await paintedCount(page) : await wrappedCount(page);
          const same = await compareWithSnapshot(page);
          if (mentions.length)
            problems.push(`${file}: ${mentions.length} mentions, first ${JSON.stringify(mentions[0])}`);
          if (shown) problems.push(`${file}: ${shown} highlights`);
          if (!same.hadSnapshot || !same.sameHtml || !same.sameText)
            problems.push(`${file}: DOM changed ${JSON.stringify(same)}`);
        } catch (error) {
          problems.push(`${file}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        }
      }
      await setSettings(ext.worker, settings([new URL(server.origin).host]));
      await batch[0]?.page.waitForTimeout(300);
      for (const { file, page, errors } of batch) {
        const cleared = await compareWithSnapshot(page).catch(() => null);
        if (!cleared?.sameHtml) problems.push(`${file}: DOM changed after clearing`);
        if (errors.length) problems.push(`${file}: errors ${errors.join(' | ')}`);
        await page.close();
      }
      await setSettings(ext.worker, settings([]));
    }
    // Each problem names its half; the count per half is printed whether the test passes or not.
    const labelled = problems.map((p) => `[${corpusHalf(p.split(':')[0] ?? '')}] ${p}`);
    for (const half of ['tune', 'validate'] as const) {
      const inHalf = pages.filter((p) => corpusHalf(p.file) === half).length;
      const failing = new Set(labelled.filter((p) => p.startsWith(`[${half}]`)).map((p) => p.split(':')[0]));
      console.log(
        `corpus (${renderer}), ${half === 'tune' ? 'tuning' : 'validating'} half: ${failing.size} of ${inHalf} pages with problems`,
      );
    }
    expect(labelled).toEqual([]);
  }, 900_000);
});

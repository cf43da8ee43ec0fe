// What one page can cost (issue 11, findings 2 and 6): pages built to freeze or crash the content
// script get highlights, a bounded report and a responsive page. The pages are generated on request
// (tests/browser/stress-pages.mjs). Timings are functional bounds only; the bench measures them.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from './launch.mjs';
import { EVERY_MENTION, paintedCount, setSettings, wrappedCount } from './page-snapshot.mjs';
import { waitForScan } from './scan-state.mjs';
import { startServer } from './server.mjs';
import { RECORD_LONG_TASKS, stressHandler } from './stress-pages.mjs';

/** The most mentions the content script reads on one page, and wraps (src/content/highlighter.ts). */
const MAX_MENTIONS = 10_000;
const MAX_WRAPPED = 1_000;
const NO_FREEZE_MS = 2_000;

type Frame = { complete: boolean; capped?: boolean; mentions: unknown[]; counts?: Record<string, number> };

describe.each(['paint', 'wrap'] as const)('a page built to freeze or crash us, %s renderer', (renderer) => {
  let ext: Awaited<ReturnType<typeof launchWithExtension>>;
  let server: Awaited<ReturnType<typeof startServer>>;
  const errors: string[] = [];
  const shown = (page: Page) => (renderer === 'paint' ? paintedCount(page) : wrappedCount(page));

  beforeAll(async () => {
    server = await startServer({ extraHandler: stressHandler });
    ext = await launchWithExtension();
    await ext.context.addInitScript(RECORD_LONG_TASKS);
    await setSettings(ext.worker, { ...EVERY_MENTION, disabledHosts: [], accessibleHighlights: renderer === 'wrap' });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  async function open(path: string) {
    const page = await ext.context.newPage();
    page.on('console', (m) => m.text().includes('Sino-Soviet Notes') && errors.push(m.text()));
    await page.goto(server.url(`${path}&${renderer}`));
    const scan = await waitForScan(ext.worker, page, { timeout: 60_000 });
    const longest = await page.evaluate(() =>
      Math.max(0, ...(window as unknown as { __longTasks: { duration: number }[] }).__longTasks.map((t) => t.duration)),
    );
    console.log(`${renderer} ${path}: longest task ${longest.toFixed(0)} ms`);
    return { page, top: scan.frames[0] as Frame, longest };
  }

  it('reads a 1.1 MB paragraph of 40,000 inline mentions without freezing, up to the cap, and says so', async () => {
    const { page, top, longest } = await open('/stress/flat.html?count=40000');
    // Wrap mode leaves a block of thousands of elements unwrapped (mark.js would take seconds on it).
    if (renderer === 'paint') expect(await shown(page)).toBeGreaterThan(1000);
    expect(await shown(page)).toBeLessThanOrEqual(renderer === 'paint' ? MAX_MENTIONS : 2 * MAX_WRAPPED);
    expect(top.capped).toBe(true);
    expect(top.counts?.stalin).toBeGreaterThan(1000);
    // What reaches the background stays small whatever the page holds.
    expect(top.mentions.length).toBeLessThanOrEqual(500);
    expect(JSON.stringify(top).length).toBeLessThan(200_000);
    // A generous functional bound (the bench holds the 50 ms target; two busy cores make tasks of
    // the page itself swing by hundreds of ms): the old code froze for a minute.
    expect(longest).toBeLessThan(NO_FREEZE_MS);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('survives 130,000 mentions in one run of text', async () => {
    const { page, top, longest } = await open('/stress/one-run.html?count=130000');
    expect(await shown(page)).toBeGreaterThan(renderer === 'paint' ? 1000 : 10);
    expect(top.capped).toBe(true);
    expect(longest).toBeLessThan(NO_FREEZE_MS);
    expect(errors).toEqual([]);
    await page.close();
  });
});

// The mention finder in a real page: structure (inline splits, block boundaries, excluded elements),
// frames, dynamic pages, and both renderers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension } from './launch.mjs';
import {
  compareWithSnapshot,
  paintedCount,
  EVERY_MENTION,
  setSettings,
  snapshotBeforeExtension,
  wrappedCount,
} from './page-snapshot.mjs';
import { waitForScan } from './scan-state.mjs';
import { startServer } from './server.mjs';

type Mention = { topic: string; text: string; context: string };

describe.each(['paint', 'wrap'] as const)('mention finder, %s renderer', (renderer) => {
  let ext: Awaited<ReturnType<typeof launchWithExtension>>;
  let server: Awaited<ReturnType<typeof startServer>>;
  const shown = (page: Page) => (renderer === 'paint' ? paintedCount(page) : wrappedCount(page));
  const settings = (disabledHosts: string[] = []) => ({
    ...EVERY_MENTION,
    disabledHosts,
    accessibleHighlights: renderer === 'wrap',
  });

  beforeAll(async () => {
    server = await startServer();
    ext = await launchWithExtension();
    await snapshotBeforeExtension(ext.context);
    await setSettings(ext.worker, settings());
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  async function open(path: string) {
    const page = await ext.context.newPage();
    await page.goto(server.url(`${path}${path.includes('?') ? '&' : '?'}${renderer}`));
    const result = await waitForScan(ext.worker, page);
    return { page, mentions: result.mentions as Mention[] };
  }

  it('finds mentions split by inline elements, never across blocks, never in excluded or hidden elements', async () => {
    const { page, mentions } = await open('/structure.html');
    expect(mentions.map((m) => [m.topic, m.text])).toEqual([
      ['mao-zedong', 'Mao Zedong'],
      ['khrushchev', 'Khrushchev'],
      ['stalin', 'Stalin'],
      ['mao-zedong', 'Mao'],
      ['gorbachev', 'Gorbachev'],
      ['deng-xiaoping', 'Deng Xiaoping'],
      ['vyshinsky', 'Vyshinsky'],
      ['liu-shaoqi', 'Liu Shaoqi'],
    ]);
    expect(await shown(page)).toBe(renderer === 'paint' ? 8 : 11); // wrap: one <mark> per text node of a mention
    await page.close();
  });

  it('scans a page whose only mentions end right before the next block', async () => {
    const { page, mentions } = await open('/joined-blocks.html');
    expect(mentions.map((m) => [m.topic, m.text])).toEqual([
      ['khrushchev', 'Khrushchev'],
      ['stalin', 'Сталин'],
    ]);
    await page.close();
  });

  it('confirms a bare ambiguous name by cues in its block or the blocks beside it, and refuses it beside a never phrase', async () => {
    // Only 珍宝岛 on the page (no unambiguous mention): the first paragraph's 苏军/边防/乌苏里江/1969
    // confirm it, and with it every 珍宝岛 of the page; the stock-market 珍宝岛 sits beside 珍宝岛药业.
    const { page, mentions } = await open('/near-cues.html');
    expect(mentions.map((m) => [m.topic, m.text])).toEqual(Array(7).fill(['zhenbao-island-incident', '珍宝岛']));
    expect(await page.evaluate(() => document.querySelector('#pharma')?.textContent)).toContain('珍宝岛股价');
    await page.close();
  });

  it('highlights nothing on the traps page', async () => {
    const { page, mentions } = await open('/traps.html');
    expect(mentions).toEqual([]);
    expect(await shown(page)).toBe(0);
    await page.close();
  });

  it('finds mentions on a page whose body is mostly script text, and none in that text', async () => {
    const { page, mentions } = await open('/big-script.html');
    const scriptChars = await page.evaluate(
      () => document.querySelector('script[type="application/json"]')?.textContent?.length ?? 0,
    );
    expect(scriptChars).toBeGreaterThan(700_000);
    expect(mentions.map((m) => [m.topic, m.text])).toEqual([
      ['zhou-enlai', 'Zhou Enlai'],
      ['khrushchev', 'Khrushchev'],
      ['deng-xiaoping', 'Deng Xiaoping'],
    ]);
    expect(await shown(page)).toBe(3);
    await page.close();
  });

  it('finds mentions at the start, middle and end of a page too long to prefilter in one step', async () => {
    const { page, mentions } = await open('/long-page.html');
    expect(await page.evaluate(() => document.body.textContent?.length ?? 0)).toBeGreaterThan(600_000);
    expect(mentions.map((m) => [m.topic, m.text])).toEqual([
      ['zhou-enlai', 'Zhou Enlai'],
      ['khrushchev', 'Khrushchev'],
      ['deng-xiaoping', 'Deng Xiaoping'],
    ]);
    await page.close();
  });

  it('clears every highlight and restores the page exactly when switched off for the site', async () => {
    const { page } = await open('/structure.html?clear');
    expect(await shown(page)).toBeGreaterThan(0);
    await setSettings(ext.worker, settings([new URL(page.url()).host]));
    await expect.poll(() => shown(page)).toBe(0);
    expect(await compareWithSnapshot(page)).toEqual({ sameHtml: true, sameText: true, hadSnapshot: true });
    await setSettings(ext.worker, settings());
    await expect.poll(() => shown(page)).toBeGreaterThan(0);
    await page.close();
  });

  it('runs in a same-origin frame and reports its mentions with the page', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url(`/iframe-host.html?${renderer}`));
    const { mentions } = await waitForScan(ext.worker, page, { frames: 2 });
    expect(mentions.map((m: Mention) => m.topic).sort()).toEqual(['khrushchev', 'stalin', 'zhou-enlai']);
    await page.close();
  });

  it('follows content added later, re-rendered by a framework, and stays bounded in a mutation storm', async () => {
    const { page, mentions } = await open('/dynamic.html');
    expect(mentions.map((m) => m.topic)).toEqual(['stalin']);
    await page.evaluate(() =>
      (window as unknown as { appendItem(t: string): void }).appendItem('Later, Khrushchev came.'),
    );
    await expect.poll(() => shown(page)).toBe(2);
    // A React-like re-render: nodes replaced wholesale, text split across sibling text nodes.
    await page.evaluate(() => (window as unknown as { rerender(t: string): void }).rerender('Zhou |Enlai signed.'));
    await expect.poll(() => shown(page)).toBe(renderer === 'paint' ? 3 : 4);
    await page.evaluate(() => (window as unknown as { rerender(t: string): void }).rerender('Nothing here.|'));
    await expect.poll(() => shown(page)).toBe(2);
    const errors: string[] = [];
    page.on('console', (m) => m.text().includes('[Sino-Soviet Notes]') && errors.push(m.text()));
    // 10,000 changes a second for 5 s: the page must stay responsive and our work bounded.
    const longTasks = await page.evaluate(async () => {
      const seen: number[] = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.push(e.duration))).observe({
        type: 'longtask',
      });
      await (window as unknown as { storm(ms: number, perSecond: number): Promise<number> }).storm(5000, 10_000);
      return seen;
    });
    await page.evaluate(() =>
      (window as unknown as { appendItem(t: string): void }).appendItem('After the storm, Stalin again.'),
    );
    await expect.poll(() => shown(page), { timeout: 10_000 }).toBe(3);
    expect(errors).toEqual([]);
    expect(longTasks.filter((d) => d > 200)).toEqual([]);
    await page.close();
  });
});

// Issue 11, findings 1, 3 and 5 in Firefox ESR with wrapped (accessible) highlights, switched on from the
// extension's own popup page (opened as in firefox-smoke.test.ts: a test copy under a fixed UUID).
import type { Browser, Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { type FixtureServer, popupReachableAt, withFirefox } from './sessions';

const UUID = '6a1d3b55-7e2f-4d54-8b66-6c2e4d1e8f32';

let browser: Browser;
let server: FixtureServer;
withFirefox(
  async ({ firefox, server: started }) => {
    browser = firefox.browser;
    server = started;
    const ext = await browser.newPage();
    await ext.goto(server.url('/basic.html?opener'));
    await ext.evaluate((u) => {
      location.href = u;
    }, `moz-extension://${UUID}/popup.html`);
    await ext.waitForFunction(() => typeof (globalThis as { browser?: unknown }).browser === 'object', {
      timeout: 20_000,
    });
    await ext.evaluate(async () => {
      type Api = { storage: { sync: { set(items: object): Promise<void> } } };
      await (globalThis as unknown as { browser: Api }).browser.storage.sync.set({
        // Every mention wherever it is (issue 15's density and regions fully on), as the Chromium twin.
        settings: {
          accessibleHighlights: true,
          density: 'every',
          shownRegions: ['title', 'headings', 'navigation', 'toc', 'references', 'captions'],
        },
      });
    });
    await ext.close();
  },
  { launch: popupReachableAt(UUID) },
);

async function open(path: string, marks: number): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 800 });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        const box = (id: string) => {
          const el = document.getElementById(id);
          return el ? { height: el.getBoundingClientRect().height, text: el.innerText } : null;
        };
        (window as unknown as { before: unknown }).before = { grid: box('grid'), flex: box('flex') };
      },
      { once: true },
    );
  });
  await page.goto(server.url(path));
  await page.waitForFunction((n) => document.querySelectorAll('mark.ssn-mark').length >= n, { timeout: 20_000 }, marks);
  return page;
}

const marksIn = (page: Page, id: string) =>
  page.evaluate((i) => [...document.querySelectorAll(`#${i} mark.ssn-mark`)].map((m) => m.textContent), id);

it('never shows an old counter again (Firefox)', async () => {
  const page = await open('/framework-text.html?ff-counter', 6);
  const seen = await page.evaluate(async () => {
    const p = document.getElementById('counter') as HTMLElement;
    const nodes = (window as unknown as { counter: Text[] }).counter;
    let n = 0;
    const wrong = new Set<string>();
    const check = () => {
      if (p.textContent !== `Likes: ${n} — Mao Zedong met Stalin`) wrong.add(p.textContent ?? '');
    };
    const timer = setInterval(check, 10);
    for (let i = 1; i <= 4; i++) {
      n = i;
      (nodes[1] as Text).data = String(i);
      await new Promise((r) => setTimeout(r, 250));
    }
    await new Promise((r) => setTimeout(r, 1000));
    clearInterval(timer);
    check();
    return [...wrong];
  });
  expect(seen).toEqual([]);
  expect(await marksIn(page, 'counter')).toEqual(['Mao Zedong', 'Stalin']);
  await page.close();
});

it('neither duplicates nor rolls back a rewritten text node (Firefox)', async () => {
  const page = await open('/framework-text.html?ff-rewrite', 6);
  const texts = await page.evaluate(async () => {
    const p = document.getElementById('rewrite') as HTMLElement;
    const nodes = (window as unknown as { rewrite: Text[] }).rewrite;
    (nodes[2] as Text).data = ' — Mao Zedong met Stalin in Moscow';
    const out: string[] = [];
    await new Promise((r) => requestAnimationFrame(r));
    out.push(p.textContent ?? '');
    for (let i = 0; i < 16; i++) {
      await new Promise((r) => setTimeout(r, 50));
      out.push(p.textContent ?? '');
    }
    return [...new Set(out)];
  });
  expect(texts).toEqual(['Likes: 0 — Mao Zedong met Stalin in Moscow']);
  await page.close();
});

it('keeps grid and flex layouts and innerText (Firefox)', async () => {
  const page = await open('/framework-text.html?ff-layout', 6);
  for (const id of ['grid', 'flex']) {
    expect(await marksIn(page, id)).toEqual(['Mao Zedong', 'Stalin']);
    const { before, after } = await page.evaluate((i) => {
      const el = document.getElementById(i) as HTMLElement;
      return {
        before: (window as unknown as { before: Record<string, unknown> }).before[i],
        after: { height: el.getBoundingClientRect().height, text: el.innerText },
      };
    }, id);
    expect(after, id).toEqual(before);
  }
  await page.close();
});

it('clears a block the moment it becomes contenteditable (Firefox)', async () => {
  const page = await open('/editors.html?ff', 2);
  const marks = await page.evaluate(async () => {
    const block = document.getElementById('block') as HTMLElement;
    const had = block.querySelectorAll('mark').length;
    block.contentEditable = 'true';
    await new Promise((r) => requestAnimationFrame(r));
    return { had, now: block.querySelectorAll('mark').length, html: block.innerHTML };
  });
  expect(marks.had).toBeGreaterThanOrEqual(2);
  expect(marks).toMatchObject({ now: 0, html: 'Khrushchev visited Beijing, and Mao Zedong refused the joint fleet.' });
  await page.close();
});

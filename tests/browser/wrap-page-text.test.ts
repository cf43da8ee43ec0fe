// Issue 11, findings 1 and 5: accessible (wrapped) highlights never write text the page did not just see
// from us, and never change a flex or grid layout. The fixture's script owns its text nodes the way a
// framework does (framework-text.html); the tests write to them as the app would and watch the text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension } from './launch.mjs';
import { EVERY_MENTION, setSettings } from './page-snapshot.mjs';
import { startServer } from './server.mjs';

let ext: Awaited<ReturnType<typeof launchWithExtension>>;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  server = await startServer();
  ext = await launchWithExtension();
  await setSettings(ext.worker, { ...EVERY_MENTION, accessibleHighlights: true });
  // The layout as the page made it, before the content script (document_idle) ran.
  await ext.context.addInitScript(() => {
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
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function openPage(path: string, marks: number): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(server.url(path));
  await page.waitForFunction((n) => document.querySelectorAll('mark.ssn-mark').length >= n, marks, { timeout: 20_000 });
  return page;
}

const marksIn = (page: Page, id: string) =>
  page.evaluate((i) => [...document.querySelectorAll(`#${i} mark.ssn-mark`)].map((m) => m.textContent), id);

describe('wrapped highlights and text the page owns', () => {
  it('never shows an old counter again when the app updates only its own text node (React-style)', async () => {
    const page = await openPage('/framework-text.html?counter', 6);
    expect(await marksIn(page, 'counter')).toEqual(['Mao Zedong', 'Stalin']);
    const seen = await page.evaluate(async () => {
      const p = document.getElementById('counter') as HTMLElement;
      const nodes = (window as unknown as { counter: Text[] }).counter;
      let n = 0;
      const wrong = new Set<string>();
      let watching = true;
      const check = () => {
        const want = `Likes: ${n} — Mao Zedong met Stalin`;
        if (p.textContent !== want) wrong.add(`${p.textContent} (expected ${want})`);
      };
      const onFrame = () => {
        check();
        if (watching) requestAnimationFrame(onFrame);
      };
      requestAnimationFrame(onFrame);
      const timer = setInterval(check, 10);
      const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
      for (let i = 1; i <= 6; i++) {
        n = i;
        (nodes[1] as Text).data = String(i);
        await sleep(250);
      }
      await sleep(1000);
      watching = false;
      clearInterval(timer);
      check();
      return { wrong: [...wrong].slice(0, 5), text: p.textContent };
    });
    expect(seen.wrong).toEqual([]);
    expect(seen.text).toBe('Likes: 6 — Mao Zedong met Stalin');
    expect(await marksIn(page, 'counter')).toEqual(['Mao Zedong', 'Stalin']);
    await page.close();
  });

  it('neither duplicates nor rolls back a text node the app rewrites after we split it', async () => {
    const page = await openPage('/framework-text.html?rewrite', 6);
    expect(await marksIn(page, 'rewrite')).toEqual(['Mao Zedong', 'Stalin']);
    const seen = await page.evaluate(async () => {
      const p = document.getElementById('rewrite') as HTMLElement;
      const nodes = (window as unknown as { rewrite: Text[] }).rewrite;
      const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
      const texts: string[] = [];
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      // The app writes the node it rendered (which we split): the reader must see exactly that text,
      // at the next frame and from then on.
      (nodes[2] as Text).data = ' — Mao Zedong met Stalin in Moscow';
      await frame();
      texts.push(p.textContent ?? '');
      for (let i = 0; i < 20; i++) {
        await sleep(50);
        texts.push(p.textContent ?? '');
      }
      const afterRewrite = [...new Set(texts)];
      // The app removes that node: nothing of ours may stay behind it.
      (nodes[2] as Text).remove();
      await frame();
      const afterRemove = [p.textContent];
      await sleep(800);
      afterRemove.push(p.textContent);
      return { afterRewrite, afterRemove: [...new Set(afterRemove)] };
    });
    expect(seen.afterRewrite).toEqual(['Likes: 0 — Mao Zedong met Stalin in Moscow']);
    expect(seen.afterRemove).toEqual(['Likes: 0']);
    expect(await marksIn(page, 'rewrite')).toEqual([]);
    await page.close();
  });

  it('marks a rewritten node again after the page moved on', async () => {
    const page = await openPage('/framework-text.html?again', 6);
    await page.evaluate(() => {
      const nodes = (window as unknown as { rewrite: Text[] }).rewrite;
      (nodes[2] as Text).data = ' — then Khrushchev met Mao Zedong';
    });
    await expect.poll(() => marksIn(page, 'rewrite'), { timeout: 3000 }).toEqual(['Khrushchev', 'Mao Zedong']);
    expect(await page.evaluate(() => document.getElementById('rewrite')?.textContent)).toBe(
      'Likes: 0 — then Khrushchev met Mao Zedong',
    );
    await page.close();
  });

  for (const id of ['grid', 'flex']) {
    it(`keeps a ${id} container's layout and innerText`, async () => {
      const page = await openPage(`/framework-text.html?${id}`, 6);
      expect(await marksIn(page, id)).toEqual(['Mao Zedong', 'Stalin']);
      const { before, after } = await page.evaluate((i) => {
        const el = document.getElementById(i) as HTMLElement;
        return {
          before: (window as unknown as { before: Record<string, unknown> }).before[i],
          after: { height: el.getBoundingClientRect().height, text: el.innerText },
        };
      }, id);
      expect(after).toEqual(before);
      // Still shown: the marks' text is painted where a mark makes no box of its own.
      expect(await page.evaluate(() => CSS.highlights.get('sino-soviet-notes')?.size ?? 0)).toBeGreaterThanOrEqual(2);
      await page.close();
    });
  }
});

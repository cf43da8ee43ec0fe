// Issue 11, finding 4: the card cannot be read, forged, opened or clicked by the page. The page defines
// custom-element classes for our possible tag names before the content script runs (card-forgery.html),
// dispatches synthetic pointer events over mentions and clicks whatever of the card it can reach.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { setSettings } from './page-snapshot.mjs';
import { cardBox, cardText, pointOf, scanOfPage, waitForCard } from './preview-card.mjs';
import { type ChromiumExtension, type FixtureServer, withChromium } from './sessions';

let ext: ChromiumExtension;
let server: FixtureServer;
withChromium((started) => ({ ext, server } = started));

async function openPage(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(server.url(path));
  await scanOfPage(ext.worker, page);
  await page.bringToFront();
  return page;
}

/** What the page can get at: the internals and elements its classes caught, and the card's words anywhere. */
const pageView = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { stolen: (ElementInternals | HTMLElement)[] };
    const roots = w.stolen.map((s) => ('shadowRoot' in s ? s.shadowRoot : null)).filter((r) => r !== null);
    return {
      caught: w.stolen.length,
      rootText: roots.map((r) => r?.textContent ?? '').join(''),
      hostShadow: [...document.documentElement.children].map((el) => (el as HTMLElement).shadowRoot).filter(Boolean)
        .length,
      text: document.documentElement.innerText + (document.documentElement.textContent ?? ''),
    };
  });

for (const renderer of ['paint', 'wrap'] as const) {
  describe(`the card against the page, ${renderer === 'paint' ? 'painted' : 'wrapped'} highlights`, () => {
    beforeAll(async () => {
      await setSettings(ext.worker, { accessibleHighlights: renderer === 'wrap' });
    });

    it('is not reachable through a custom-element class the page defined', async () => {
      const page = await openPage(`/card-forgery.html?steal-${renderer}`);
      const p = await pointOf(page, 'Stalin');
      await page.mouse.move(p.x, p.y);
      const text = await waitForCard(page);
      expect(text).toContain('Stalin');
      const seen = await pageView(page);
      expect(seen.caught).toBe(0);
      expect(seen.rootText).toBe('');
      expect(seen.hostShadow).toBe(0);
      expect(seen.text).not.toContain(text!.slice(-30));
      await page.close();
    });

    it('still opens when a page class for our tag attaches a root of its own', async () => {
      const page = await openPage(`/card-forgery.html?block-${renderer}`);
      const p = await pointOf(page, 'Mao Zedong');
      await page.mouse.move(p.x, p.y);
      expect(await waitForCard(page)).toContain('Mao');
      await page.close();
    });

    it('opens no card for pointer events the page dispatches', async () => {
      const page = await openPage(`/card-forgery.html?synthetic-${renderer}`);
      const p = await pointOf(page, 'Stalin');
      await page.evaluate(async ({ x, y }) => {
        const target = document.elementFromPoint(x, y) as Element;
        for (let i = 0; i < 30; i++) {
          for (const type of ['pointerover', 'pointerenter', 'pointermove', 'mouseover', 'mousemove']) {
            target.dispatchEvent(
              new PointerEvent(type, { clientX: x, clientY: y, bubbles: true, composed: true, pointerType: 'mouse' }),
            );
          }
          await new Promise((r) => setTimeout(r, 40));
        }
      }, p);
      await page.waitForTimeout(600);
      expect(await cardText(page)).toBeNull();
      // The reader's own pointer still opens it.
      await page.mouse.move(p.x, p.y);
      expect(await waitForCard(page)).toContain('Stalin');
      await page.close();
    });
  });
}

describe('card actions', () => {
  beforeAll(async () => {
    await setSettings(ext.worker, {});
  });

  it('opens the topic view only on the reader’s own click on More, never on a page-dispatched one', async () => {
    const page = await openPage('/card-forgery.html?more');
    const p = await pointOf(page, 'Stalin');
    await page.mouse.move(p.x, p.y);
    await waitForCard(page);
    // What the card asks the background for, seen by a second message listener in the service worker.
    await ext.worker.evaluate(() => {
      const g = globalThis as unknown as { opens?: string[] };
      if (g.opens) return void (g.opens.length = 0);
      g.opens = [];
      chrome.runtime.onMessage.addListener((message) => {
        const m = message as { type?: string; payload?: { topic?: string } } | null;
        if (m?.type === 'topics/open') g.opens?.push(m.payload?.topic ?? '');
      });
    });
    const opened = () => ext.worker.evaluate(() => (globalThis as unknown as { opens: string[] }).opens);
    // Everything a page script can click: its captured internals' root, and the host itself.
    await page.evaluate(() => {
      const w = window as unknown as { stolen: (ElementInternals | HTMLElement)[] };
      for (const s of w.stolen) {
        const root = 'shadowRoot' in s ? s.shadowRoot : null;
        for (const b of root?.querySelectorAll('button') ?? []) b.click();
      }
      for (const el of document.documentElement.children) (el as HTMLElement).click();
      document
        .elementFromPoint(innerWidth / 2, innerHeight / 2)
        ?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    await page.waitForTimeout(800);
    expect(await opened()).toEqual([]);
    expect(await cardText(page)).not.toBeNull();
    const more = (await cardBox(page, 'more'))!;
    await page.mouse.move(p.x, p.y + 10, { steps: 2 });
    await page.mouse.move(more.x + more.width / 2, more.y + more.height / 2, { steps: 8 });
    await page.mouse.click(more.x + more.width / 2, more.y + more.height / 2);
    await expect.poll(opened, { timeout: 5000 }).toEqual(['stalin']);
    await page.close();
  });
});

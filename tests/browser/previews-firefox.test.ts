// Previews in Firefox ESR (puppeteer-core over WebDriver BiDi): hovering a painted highlight shows a card
// and Esc closes it. BiDi cannot see into the card's closed shadow root, so the card is seen as pixels:
// the area under the mention changes when the card opens and is as before once it closes.
import type { Browser, Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { type FixtureServer, withFirefox } from './sessions';

let browser: Browser;
let server: FixtureServer;
withFirefox(({ firefox, server: started }) => {
  browser = firefox.browser;
  server = started;
});

/** The centre of the first "Stalin" and the area under it where the card goes. */
async function mentionArea(page: Page) {
  return page.evaluate(() => {
    const text = document.querySelector('#first')!.firstChild as Text;
    const range = document.createRange();
    const at = text.data.indexOf('Stalin');
    range.setStart(text, at);
    range.setEnd(text, at + 'Stalin'.length);
    const r = range.getBoundingClientRect();
    return {
      x: r.left + r.width / 2,
      y: r.top + r.height / 2,
      clip: { x: Math.max(0, r.left - 20), y: r.bottom + 4, width: 320, height: 120 },
    };
  });
}

it('shows a card on hover and closes it on Esc (Firefox)', async () => {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 800 });
  await page.goto(server.url('/previews-basic.html?firefox'));
  await page.waitForFunction(() => (CSS.highlights.get('sino-soviet-notes')?.size ?? 0) >= 5, { timeout: 20_000 });
  const area = await mentionArea(page);
  await page.mouse.move(5, 5);
  const before = Buffer.from(await page.screenshot({ clip: area.clip, encoding: 'binary' }));
  expect(await page.evaluate(() => document.querySelector('html > div') === null)).toBe(true);

  await page.mouse.move(area.x, area.y);
  await page.waitForFunction(() => document.querySelector('html > div') !== null, { timeout: 3000 });
  await new Promise((r) => setTimeout(r, 900));
  const open = Buffer.from(await page.screenshot({ clip: area.clip, encoding: 'binary' }));
  expect(open.equals(before), 'the card shows under the mention').toBe(false);
  const seen = await page.evaluate(() => ({
    shadowRoot: document.querySelector('html > div')?.shadowRoot ?? null,
    leak:
      document.documentElement.innerText.includes('argues (paraphrase of the abstract)') ||
      (document.documentElement.textContent ?? '').includes('argues (paraphrase of the abstract)'),
  }));
  expect(seen).toEqual({ shadowRoot: null, leak: false });

  await page.keyboard.press('Escape');
  await new Promise((r) => setTimeout(r, 300));
  const closed = Buffer.from(await page.screenshot({ clip: area.clip, encoding: 'binary' }));
  expect(closed.equals(before), 'the card is gone after Esc').toBe(true);
  await page.close();
});

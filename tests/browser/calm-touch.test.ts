// Issue 15, touch: on a phone-sized touch screen (390×844, emulated), the first tap on a linked mention
// shows its card and does not follow the link; the card's own link does. The card takes at most 45% of
// the viewport and never covers the tapped word.
import { expect, it } from 'vitest';
import { setSettings } from './page-snapshot.mjs';
import { cardBox, scanOfPage, waitForCard } from './preview-card.mjs';
import { type ChromiumExtension, type FixtureServer, withChromium } from './sessions';

let ext: ChromiumExtension;
let server: FixtureServer;
withChromium((started) => ({ ext, server } = started), {
  launch: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
});

it('a tap on a linked mention shows the card, not the link; the card links on', async () => {
  await setSettings(ext.worker, { density: 'every' });
  const page = await ext.context.newPage();
  await page.goto(server.url('/calm.html'));
  await scanOfPage(ext.worker, page);
  await page.bringToFront();
  await page.evaluate(() => document.getElementById('link')?.scrollIntoView({ block: 'center' }));
  const word = await page.evaluate(() => {
    const r = document.getElementById('link')!.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  });
  const before = page.url();
  await page.touchscreen.tap(word.x + word.width / 2, word.y + word.height / 2);
  await waitForCard(page);
  await page.waitForTimeout(600);
  expect(page.url()).toBe(before);

  const card = (await cardBox(page))!;
  expect((card.width * card.height) / (390 * 844)).toBeLessThanOrEqual(0.45);
  const overlaps =
    card.x < word.x + word.width &&
    word.x < card.x + card.width &&
    card.y < word.y + word.height &&
    word.y < card.y + card.height;
  expect(overlaps).toBe(false);

  const link = await cardBox(page, 'link');
  expect(link).not.toBeNull();
  expect(link!.y + link!.height).toBeLessThanOrEqual(card.y + card.height);
  await page.touchscreen.tap(link!.x + link!.width / 2, link!.y + link!.height / 2);
  await page.waitForURL(/\/basic\.html$/, { timeout: 5000 });
  await page.close();
});

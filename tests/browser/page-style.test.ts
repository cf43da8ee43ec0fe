// Issue 11, finding 8: a page must not be able to tell the extension is installed from its stylesheet
// where highlighting is off. The highlight styles are added only to frames of switched-on sites
// (scripting.insertCSS, asked for at document_start), and removed when the site is switched off.
// The probe is what any page script can do: read the computed style our rules would give.
import { expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { setSettings } from './page-snapshot.mjs';
import { type ChromiumExtension, type FixtureServer, withChromium } from './sessions';

let ext: ChromiumExtension;
let server: FixtureServer;
withChromium((started) => ({ ext, server } = started));

/** What a page script sees of our rules: true when any of them applies in this frame. */
const probe = (frame: Page | Frame) =>
  frame.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'probe';
    const mark = document.createElement('mark');
    mark.className = 'ssn-mark';
    document.body.append(p, mark);
    const highlight = getComputedStyle(p, '::highlight(sino-soviet-notes)').backgroundColor;
    const cursor = getComputedStyle(mark).cursor;
    p.remove();
    mark.remove();
    return highlight !== 'rgba(0, 0, 0, 0)' || cursor === 'help';
  });

const host = () => new URL(server.origin).host;

it('leaves no trace of its styles on a switched-off site, in the page or its frames', async () => {
  await setSettings(ext.worker, { disabledHosts: [host()] });
  const page = await ext.context.newPage();
  await page.goto(server.url('/iframe-host.html?off'));
  await page.waitForTimeout(1000);
  expect(await probe(page)).toBe(false);
  expect(await probe(page.frames()[1] as Frame)).toBe(false);
  await page.close();
});

it('styles a switched-on site, frames too, and takes the styles away when switched off', async () => {
  await setSettings(ext.worker, {});
  const page = await ext.context.newPage();
  await page.goto(server.url('/iframe-host.html?on'));
  await expect
    .poll(() => page.evaluate(() => CSS.highlights.get('sino-soviet-notes')?.size ?? 0), { timeout: 10_000 })
    .toBeGreaterThan(0);
  expect(await probe(page)).toBe(true);
  expect(await probe(page.frames()[1] as Frame)).toBe(true);
  await setSettings(ext.worker, { disabledHosts: [host()] });
  await expect.poll(() => probe(page), { timeout: 5000 }).toBe(false);
  await setSettings(ext.worker, {});
  await expect.poll(() => probe(page), { timeout: 5000 }).toBe(true);
  await page.close();
});

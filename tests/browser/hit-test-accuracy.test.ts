// Hover hit-testing of painted highlights finds the mention under the pointer on a real 1 MB page.
// Its speed is measured by `npm run bench` (scripts/bench-ui.mjs), not asserted here.
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runHitTest } from '../../scripts/bench-ui/hit-test.mjs';
import { findChromium } from './find-chromium.mjs';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
});
afterAll(async () => browser?.close());

it('finds the mention under the pointer, and nothing past a line end', async () => {
  const result = await runHitTest(browser, { pointsPerScreen: 200, screens: 12 });
  expect(result.mentions).toBeGreaterThan(300);
  expect(result.centreTests).toBeGreaterThan(80);
  expect(result.centreHits / result.centreTests).toBeGreaterThan(0.98);
  expect(result.hits).toBeGreaterThan(0);
  expect(result.hits).toBeLessThan(result.calls);
});

// Times hover hit-testing of painted highlights (the content script's own code, bundled from src/)
// call by call on the 1 MB Wikipedia page of ../shared/corpus. Shared by the bench and the accuracy test.
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CORPUS, REPO } from '../../tests/browser/server.mjs';

export const HIT_TEST_PAGE = 'readability/wikipedia-2.html';
/** Words frequent on that page, standing in for topic names: about as many matches as a dense real page. */
const NAMES = String.raw`\b(?:New Zealand|Māori|British|Australia|Wellington|Auckland|government|island|Pacific|European)\b`;

/** @param {import('playwright-core').Browser} browser */
export async function runHitTest(browser, { pointsPerScreen = 400, screens = 12 } = {}) {
  const bundle = await esbuild.build({
    entryPoints: [join(REPO, 'scripts', 'bench-ui', 'hit-test-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
  });
  const html = await readFile(join(CORPUS, HIT_TEST_PAGE));
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.route('**/*', (route) => {
    if (route.request().resourceType() !== 'document') return route.abort();
    return route.fulfill({
      body: html,
      contentType: 'text/html; charset=utf-8',
      // Isolation gives performance.now() 5 µs steps instead of 100 µs; the page's own scripts stay off.
      headers: {
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
        'Content-Security-Policy': "script-src 'none'",
      },
    });
  });
  await page.goto('http://127.0.0.1:9/bench.html');
  await page.evaluate(bundle.outputFiles[0].text);
  const result = await page.evaluate(
    async ([source, points, count]) => {
      await globalThis.ssnHitTestBench(source, 200, 2); // warm-up: first layout, JIT
      return globalThis.ssnHitTestBench(source, points, count);
    },
    [NAMES, pointsPerScreen, screens],
  );
  await page.close();
  return result;
}

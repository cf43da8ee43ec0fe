// Writes the store screenshots, 1280×800 as both stores ask, to docs/store/: the page with its
// highlights, a preview card, and the popup over the page, in English and Chinese; and the popup in
// on-click mode (no site access; the reader clicked the toolbar button), in English. Uses the built
// extension (run `npm run build` first) on tests/fixtures/store-article.html (served by the test itself). Needs a CJK font
// (scripts/setup.sh installs one). Usage: node scripts/store-screenshots.mjs
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { launchForAccess } from '../tests/browser/chromium-access.mjs';
import { launchWithExtension } from '../tests/browser/launch.mjs';
import { openPageAndPopup } from '../tests/browser/popup-harness.mjs';
import { REPO } from '../tests/browser/server.mjs';

const outDir = join(REPO, 'docs', 'store');
const SIZE = { width: 1280, height: 800 };
const POPUP = { width: 400, height: 600 };
/** Served under a made-up address (never requested from the network) so the popup names a plausible site. */
const ARTICLE_URL = 'https://history-review.example/moscow-and-beijing';
const LOCALES = [
  { locale: 'en-US', tag: 'en' },
  { locale: 'zh-CN', tag: 'zh' },
];

/** The popup drawn where the browser shows it, under the toolbar at the right, over the page. */
function popupOverPage(pagePng, popupPng) {
  const src = (png) => `data:image/png;base64,${png.toString('base64')}`;
  return `<!doctype html><html><body style="margin:0;width:${SIZE.width}px;height:${SIZE.height}px;position:relative;overflow:hidden">
<img src="${src(pagePng)}" style="position:absolute;inset:0;filter:brightness(.92)">
<img src="${src(popupPng)}" style="position:absolute;top:8px;right:24px;width:${POPUP.width}px;height:${POPUP.height}px;border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.35)">
</body></html>`;
}

await mkdir(outDir, { recursive: true });
const article = await readFile(join(REPO, 'tests', 'fixtures', 'store-article.html'));
const written = [];
const save = async (name, png) => {
  const file = join(outDir, name);
  await writeFile(file, png);
  written.push(relative(REPO, file));
};
for (const { locale, tag } of LOCALES) {
  const ext = await launchWithExtension({ locale, viewport: SIZE, colorScheme: 'light' });
  try {
    await ext.context.route(ARTICLE_URL, (route) =>
      route.fulfill({ body: article, contentType: 'text/html; charset=utf-8' }),
    );
    const { page, popup, tabId } = await openPageAndPopup(ext, ARTICLE_URL);
    await popup.setViewportSize(POPUP);
    await popup.locator('.page-topic').first().waitFor();
    await popup.waitForTimeout(200);
    const popupPng = await popup.screenshot();

    await page.bringToFront();
    const pagePng = await page.screenshot();
    await save(`store-page-${tag}.png`, pagePng);

    // The card as the "next mention" shortcut opens it, on the second mention: the 1950 treaty, which the paper speaks to.
    for (let i = 0; i < 2; i++) {
      await popup.evaluate(
        (id) => chrome.runtime.sendMessage({ type: 'commands/run', payload: { command: 'next-mention', tabId: id } }),
        tabId,
      );
    }
    await page.bringToFront();
    await page.waitForTimeout(600);
    await save(`store-card-${tag}.png`, await page.screenshot());

    const canvas = await ext.context.newPage();
    await canvas.setViewportSize(SIZE);
    await canvas.setContent(popupOverPage(pagePng, popupPng));
    await canvas.waitForFunction(() => [...document.images].every((i) => i.complete));
    await save(`store-popup-${tag}.png`, await canvas.screenshot());
  } finally {
    await ext.close();
  }
}
// On-click mode: site access set to "on click", the reader clicks the toolbar button on the article.
{
  const chromium = await launchForAccess();
  try {
    await chromium.setHostAccess('ON_CLICK');
    const page = await chromium.browser.newPage();
    await page.setViewport(SIZE);
    await page.setRequestInterception(true);
    page.on('request', (request) =>
      request.url() === ARTICLE_URL
        ? request.respond({ body: article, contentType: 'text/html; charset=utf-8' })
        : request.abort('blockedbyclient'),
    );
    await page.goto(ARTICLE_URL);
    const tabId = await chromium.activeTabId(page);
    await chromium.extension.triggerAction(page);
    const popup = await chromium.browser.newPage();
    await popup.setViewport(POPUP);
    await popup.goto(chromium.popupUrl(tabId));
    await popup.waitForSelector('.site-access[data-access="on-click"]');
    await page.bringToFront();
    await page.waitForFunction(() => (CSS.highlights.get('sino-soviet-notes')?.size ?? 0) > 0);
    const pagePng = Buffer.from(await page.screenshot());
    await popup.bringToFront();
    await popup.waitForSelector('.page-topic');
    const popupPng = Buffer.from(await popup.screenshot());
    const canvas = await chromium.browser.newPage();
    await canvas.setViewport(SIZE);
    await canvas.setContent(popupOverPage(pagePng, popupPng));
    await canvas.waitForFunction(() => [...document.images].every((i) => i.complete));
    await save('store-on-click-en.png', Buffer.from(await canvas.screenshot()));
  } finally {
    await chromium.close();
  }
}
console.log(`wrote ${written.length} screenshots:\n  ${written.join('\n  ')}`);

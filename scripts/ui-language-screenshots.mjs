// Writes docs/screenshots/lang-VIEW-LANG.png: every popup view (on this page, topic, lookup, the paper,
// timeline, introduction), the preview card and the options page in each interface language (en,
// zh-Hans, zh-Hant, ru), chosen as the options page does while the browser stays English (issue 17).
// Built extension required (`npm run build`); needs a CJK font (scripts/setup.sh installs one).
// Usage: node scripts/ui-language-screenshots.mjs
import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { launchWithExtension } from '../tests/browser/launch.mjs';
import { cardBox } from '../tests/browser/preview-card.mjs';
import { REPO, startServer } from '../tests/browser/server.mjs';
import { POPUP_VIEWS, UI_LANGS, chooseLanguage, openCard, openOptions, openPopup } from '../tests/browser/ui-views.mjs';

const outDir = join(REPO, 'docs', 'screenshots');
/** Views shown whole, so a reviewer sees every section; the others as the popup's 400×600 window shows them. */
const WHOLE = new Set(['topic', 'paper', 'intro']);

await mkdir(outDir, { recursive: true });
const server = await startServer();
const ext = await launchWithExtension({ locale: 'en-US', colorScheme: 'light' });
const written = [];
const shot = async (page, name, options) => {
  const file = join(outDir, `lang-${name}.png`);
  await page.screenshot({ path: file, ...options });
  written.push(relative(REPO, file));
};
try {
  for (const lang of UI_LANGS) {
    await chooseLanguage(ext.worker, lang);
    const { page, popup } = await openPopup(ext, server);
    for (const [view, show] of POPUP_VIEWS) {
      await show(popup);
      await popup.waitForTimeout(150);
      await shot(popup, `${view}-${lang}`, { fullPage: WHOLE.has(view) });
    }
    await popup.close();
    await page.close();

    const article = await openCard(ext, server);
    await article.waitForTimeout(300);
    const card = await cardBox(article);
    const top = Math.max(0, card.y - 60);
    await shot(article, `card-${lang}`, {
      clip: { x: 0, y: top, width: 900, height: Math.min(700 - top, card.height + 100) },
    });
    await article.close();

    const options = await openOptions(ext);
    await options.setViewportSize({ width: 800, height: 900 });
    await shot(options, `options-${lang}`, { fullPage: true });
    await options.close();
  }
} finally {
  await ext.close();
  await server.close();
}
console.log(`wrote ${written.length} screenshots:\n  ${written.join('\n  ')}`);

// Writes docs/screenshots/popup-VIEW-LANG-SCHEME.png: every popup view (on this page, topic, lookup,
// the paper, timeline) in English and Chinese, light and dark, from the built extension (run
// `npm run build` first) on tests/fixtures/popup-page.html. Needs a CJK font (scripts/setup.sh installs one).
// Usage: node scripts/popup-screenshots.mjs
import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { launchWithExtension } from '../tests/browser/launch.mjs';
import { openPageAndPopup } from '../tests/browser/popup-harness.mjs';
import { REPO, startServer } from '../tests/browser/server.mjs';

const outDir = join(REPO, 'docs', 'screenshots');
const LOCALES = [
  { locale: 'en-US', tag: 'en', paper: 'The paper', timeline: 'Timeline', intro: 'What is this?' },
  { locale: 'zh-CN', tag: 'zh', paper: '论文', timeline: '时间线', intro: '这是什么？' },
];
const SCHEMES = ['light', 'dark'];
/** Views shown whole, so a reviewer sees every section; the others as the popup's 400×600 window shows them. */
const WHOLE = new Set(['topic', 'paper', 'intro']);

/** Each view, reached as a reader would reach it from the "On this page" view. */
const VIEWS = [
  ['page', async () => {}],
  [
    'topic',
    async (popup) => {
      await popup.locator('.page-topic[data-topic="mao-zedong"] .topic-name').click();
      await popup.locator('details.thesis > summary').nth(1).click(); // one thesis open, the others folded
    },
  ],
  [
    'lookup',
    async (popup) => {
      await popup.keyboard.press('/');
      await popup.getByRole('combobox').fill('khrushchov');
    },
  ],
  ['paper', (popup, names) => popup.getByRole('button', { name: names.paper, exact: true }).click()],
  ['timeline', (popup, names) => popup.getByRole('button', { name: names.timeline, exact: true }).click()],
  ['intro', (popup, names) => popup.getByRole('button', { name: names.intro, exact: true }).click()],
];

await mkdir(outDir, { recursive: true });
const server = await startServer();
const written = [];
try {
  for (const names of LOCALES) {
    for (const colorScheme of SCHEMES) {
      const ext = await launchWithExtension({ locale: names.locale, colorScheme });
      try {
        const { popup } = await openPageAndPopup(ext, server.url('/popup-page.html'));
        await popup.locator('.page-topic').first().waitFor();
        for (const [view, show] of VIEWS) {
          await show(popup, names);
          await popup.waitForTimeout(150);
          const file = join(outDir, `popup-${view}-${names.tag}-${colorScheme}.png`);
          await popup.screenshot({ path: file, fullPage: WHOLE.has(view) });
          written.push(relative(REPO, file));
        }
      } finally {
        await ext.close();
      }
    }
  }
} finally {
  await server.close();
}
console.log(`wrote ${written.length} screenshots:\n  ${written.join('\n  ')}`);

// Writes docs/screenshots/card-mao-YEAR.png: the preview card for the same topic (Mao Zedong) in a
// 1939, a 1950, a 1957 and a 1958 paragraph of tests/fixtures/previews-passages.html, each showing the
// point of the paper that paragraph is about (issue 10). Built extension required (`npm run build`).
// Usage: node scripts/card-screenshots.mjs
import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { launchWithExtension } from '../tests/browser/launch.mjs';
import { cardBox, pointOf, scanOfPage, waitForCard } from '../tests/browser/preview-card.mjs';
import { REPO, startServer } from '../tests/browser/server.mjs';

const outDir = join(REPO, 'docs', 'screenshots');
/** The nth "Mao Zedong" in a paragraph of the fixture, by the year the paragraph is about. */
const PASSAGES = [
  ['1939', 0],
  ['1950', 1],
  ['1957', 2],
  ['1958', 3],
];

await mkdir(outDir, { recursive: true });
const server = await startServer();
const ext = await launchWithExtension({ locale: 'en-US', colorScheme: 'light' });
const written = [];
try {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto(server.url('/previews-passages.html'));
  await scanOfPage(ext.worker, page);
  await page.bringToFront();
  for (const [year, nth] of PASSAGES) {
    await page.mouse.move(2, 2);
    await waitForCard(page, { open: false }).catch(() => undefined);
    await page.locator(`#p${year}`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(200);
    const p = await pointOf(page, 'Mao Zedong', nth);
    await page.mouse.move(p.x, p.y);
    await waitForCard(page);
    await page.waitForTimeout(300);
    const card = await cardBox(page);
    // The paragraph and the card together, so the reader sees which passage the card speaks about.
    const top = Math.max(0, Math.min(card.y, p.y - 80) - 16); // the paragraph's heading too
    const bottom = Math.min(700, Math.max(card.y + card.height, p.y + 20) + 16);
    const file = join(outDir, `card-mao-${year}.png`);
    await page.screenshot({ path: file, clip: { x: 0, y: top, width: 900, height: bottom - top } });
    written.push(relative(REPO, file));
  }
} finally {
  await ext.close();
  await server.close();
}
console.log(`wrote ${written.length} screenshots:\n  ${written.join('\n  ')}`);

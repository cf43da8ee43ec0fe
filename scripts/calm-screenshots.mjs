// Writes docs/screenshots/calm-{light,dark}-{density}.png: the calm-highlights fixture (tests/fixtures/
// calm.html and its dark twin) in every density mode, for issue 15. On demand shows the page before the
// reader asks. Built extension required (`npm run build`). Usage: node scripts/calm-screenshots.mjs
import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { launchWithExtension } from '../tests/browser/launch.mjs';
import { setSettings } from '../tests/browser/page-snapshot.mjs';
import { scanOfPage } from '../tests/browser/preview-card.mjs';
import { REPO, startServer } from '../tests/browser/server.mjs';

const outDir = join(REPO, 'docs', 'screenshots');
const DENSITIES = ['section', 'every', 'paper', 'demand'];
const PAGES = [
  ['light', '/calm.html'],
  ['dark', '/calm-dark.html'],
];

await mkdir(outDir, { recursive: true });
const server = await startServer();
const ext = await launchWithExtension({ locale: 'en-US', viewport: { width: 760, height: 820 } });
const written = [];
try {
  for (const density of DENSITIES) {
    await setSettings(ext.worker, { density });
    for (const [scheme, path] of PAGES) {
      const page = await ext.context.newPage();
      await page.goto(server.url(path));
      await scanOfPage(ext.worker, page);
      await page.bringToFront();
      await page.waitForTimeout(300);
      const painted = await page.evaluate(() => CSS.highlights.get('sino-soviet-notes')?.size ?? 0);
      const file = join(outDir, `calm-${scheme}-${density}.png`);
      await page.screenshot({ path: file, fullPage: true });
      written.push(`${relative(REPO, file)} (${painted} painted)`);
      await page.close();
    }
  }
} finally {
  await ext.close();
  await server.close();
}
console.log(written.join('\n'));

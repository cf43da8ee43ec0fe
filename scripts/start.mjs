// npm start [PAGE]: opens Chromium with the freshly built extension on PAGE (a URL or an HTML file;
// default: demo/demo.html). With a display it opens a window and waits until you close it; without one
// it runs headless, writes screenshots of the highlighted page and of the popup, and prints the mentions.
import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { launchWithExtension } from '../tests/browser/launch.mjs';
import { waitForScan } from '../tests/browser/scan-state.mjs';
import { REPO } from '../tests/browser/server.mjs';
import { pageUrl } from './page-url.mjs';

const page = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(REPO, 'demo', 'demo.html');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const outDir = join(REPO, 'out', 'start');

const ext = await launchWithExtension({ headless });
const tab = await ext.context.newPage();
await tab.goto(pageUrl(page), { waitUntil: 'load' });
const { tabId, mentions } = await waitForScan(ext.worker, tab);

console.log(`Sino-Soviet Notes found ${mentions.length} mention(s) on ${page}:`);
for (const m of mentions) console.log(`  ${m.topic.padEnd(34)} ${JSON.stringify(m.text)}  — ${m.context}`);

if (headless) {
  await mkdir(outDir, { recursive: true });
  await tab.screenshot({ path: join(outDir, 'page.png') });
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(ext.popupUrl(tabId));
  await popup.waitForSelector('main');
  await popup.waitForTimeout(300);
  await popup.screenshot({ path: join(outDir, 'popup.png') });
  console.log(
    `Screenshots: ${relative(process.cwd(), join(outDir, 'page.png'))} and ${relative(process.cwd(), join(outDir, 'popup.png'))}`,
  );
  await ext.close();
} else {
  console.log('Chromium is open with the extension loaded; close its window to finish.');
  await new Promise((resolve) => ext.context.on('close', resolve));
}

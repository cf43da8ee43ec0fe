// npm run scan -- PAGE...   (PAGE: a URL or an HTML file)
// Loads each page in headless Chromium with the built extension (the code a reader runs), waits until
// the extension says the page is fully scanned, and prints one JSON line per page:
//   {"page": "...", "mentions": [{"topic", "text", "context", "thesis"}], "errors": [...]}
// "thesis" is the paper's point the mention's card leads with (the card's own code, run by the
// background on the passage the page reported), or null where the passage is about none of them;
// it is left out past the first 400 mentions of a frame, whose passages are not reported.
// A page that cannot be loaded gets an "errors" entry; the exit code is non-zero at the end, never halfway.
// Requests that would leave the machine are blocked unless --allow-network is given.
import { launchWithExtension } from '../tests/browser/launch.mjs';
import { waitForScan } from '../tests/browser/scan-state.mjs';
import { pageUrl } from './page-url.mjs';

const args = process.argv.slice(2);
const allowNetwork = args.includes('--allow-network');
const pages = args.filter((a) => !a.startsWith('--'));
if (!pages.length) {
  console.error('usage: npm run scan -- [--allow-network] PAGE...   (PAGE: a URL or an HTML file)');
  process.exit(2);
}

const ext = await launchWithExtension({ allowNetwork });
let failures = 0;
try {
  for (const page of pages) {
    const errors = [];
    let mentions = [];
    const tab = await ext.context.newPage();
    tab.on('console', (msg) => {
      if (msg.text().startsWith('[Sino-Soviet Notes]')) errors.push(msg.text());
    });
    try {
      await tab.goto(pageUrl(page), { waitUntil: 'load', timeout: 30_000 });
      mentions = (await waitForScan(ext.worker, tab)).mentions;
    } catch (error) {
      errors.push(error instanceof Error ? error.message.split('\n')[0] : String(error));
    }
    if (errors.length) failures++;
    process.stdout.write(`${JSON.stringify({ page, mentions, errors })}\n`);
    await tab.close();
  }
} finally {
  await ext.close();
}
process.exit(failures ? 1 : 0);

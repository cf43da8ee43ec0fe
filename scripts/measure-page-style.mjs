// One-off measurement for issue 11 (finding 8): what the highlight stylesheet costs in style recalculation
// on the 1 MB bench page, by how it gets into the page. Cumulative RecalcStyleDuration (DevTools
// Performance metrics) two seconds after load, medians of fresh loads, page scripts blocked.
// Usage: node scripts/measure-page-style.mjs [OLD_EXTENSION_DIR] (a build with content.css in the manifest)
import { launchWithExtension } from '../tests/browser/launch.mjs';
import { startServer } from '../tests/browser/server.mjs';
import { readFile } from 'node:fs/promises';

const LOADS = 5;
const PAGE = '/corpus/readability/wikipedia-2.html';
const css = await readFile(new URL('../static/content.css', import.meta.url), 'utf8');
const server = await startServer({ pageScripts: false });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(label, extensionDir, afterLoad) {
  const ext = await launchWithExtension(extensionDir ? { extensionDir } : {});
  const out = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await ext.context.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(server.url(`${PAGE}?${label}-${i}`), { waitUntil: 'load' });
    if (afterLoad) await page.evaluate(afterLoad, css);
    await page.waitForTimeout(2000);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (n) => metrics.find((m) => m.name === n)?.value ?? 0;
    out.push({ style: get('RecalcStyleDuration') * 1000, layout: get('LayoutDuration') * 1000 });
    await page.close();
  }
  await ext.close();
  console.log(
    `${label.padEnd(44)} style ${median(out.map((o) => o.style)).toFixed(1)} ms  layout ${median(out.map((o) => o.layout)).toFixed(1)} ms  (style per load: ${out.map((o) => o.style.toFixed(0)).join(' ')})`,
  );
}

const old = process.argv[2];
if (old) await measure('manifest content.css (before)', old);
await measure('insertCSS at document_start (after)', undefined);
// The same build, with one more copy of the sheet added as a <style> after load: what a late sheet costs.
await measure('after + a late <style> with the same rules', undefined, (text) => {
  const s = document.createElement('style');
  s.textContent = text;
  document.head.append(s);
});
await server.close();

// content.js carries only the prefilter's walk: a frame whose text has no possible mention never gets
// content-main.js (the highlighter, previews, reports with places); the background injects it on the
// frame's first prefilter hit, at load or in content the page adds later (src/content/main-handoff.ts).
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension } from './launch.mjs';
import { paintedCount } from './page-snapshot.mjs';
import { framesOf, waitForScan } from './scan-state.mjs';
import { startServer } from './server.mjs';

const PROSE = '<p>The river runs past the old mill; the ferry crosses twice a day in summer.</p>'.repeat(20);
const PAGES: Record<string, string> = {
  '/none.html': `<!doctype html><title>None</title><body>${PROSE}<iframe src="/none-inner.html"></iframe></body>`,
  '/none-inner.html': `<!doctype html><title>Inner</title><body>${PROSE}</body>`,
  '/later.html': `<!doctype html><title>Later</title><body><main>${PROSE}</main></body>`,
  // Mentions added while content.js walks the page and content-main.js loads: none may be lost in the hand-over.
  '/busy.html': `<!doctype html><title>Busy</title><body><main>${PROSE}<p>Mao Zedong met Stalin.</p></main><script>
    let n = 0;
    const add = () => {
      const p = document.createElement('p');
      p.textContent = 'Khrushchev spoke again, time ' + ++n + '.';
      document.querySelector('main').append(p);
      if (n < 12) setTimeout(add, 15);
    };
    add();
  </script></body>`,
  // Prefilter hits that are no mention: "Māori" wakes the Mao group, "Stalingrad" the Stalin one.
  '/false-hits.html': `<!doctype html><title>False hits</title><body>${PROSE}<p>The Māori delegation reached Stalingrad.</p></body>`,
  // An ambiguous name with nothing near to vouch for it, and no unambiguous mention: content-main.js would show nothing.
  '/ambiguous-only.html': `<!doctype html><title>Ambiguous</title><body>${PROSE}<p>New Zealand sent a frigate to the Korean War, and later troops to Malaya.</p>${PROSE}</body>`,
  // A mention only in text the reader cannot see (a closed tab of a sidebar): nothing to highlight.
  '/hidden-only.html': `<!doctype html><title>Hidden</title><body>${PROSE}<div style="display:none"><p>Did Stalin meet Mao Zedong?</p></div>${PROSE}</body>`,
  // Mentions the reader can see only once they open a <details>, or once the page unhides a tab panel.
  '/closed.html': `<!doctype html><title>Closed</title><body>${PROSE}<details><summary>More</summary><p>Stalin met Mao Zedong.</p></details><div id="panel" hidden><p>Khrushchev came later.</p></div></body>`,
  '/mentions.html': `<!doctype html><title>Mentions</title><body>${PROSE}<p>Mao Zedong met Stalin in Moscow.</p></body>`,
};

let ext: Awaited<ReturnType<typeof launchWithExtension>>;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  server = await startServer({
    extraHandler: (url) => (url.pathname in PAGES ? { body: PAGES[url.pathname] ?? '' } : undefined),
  });
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

interface IsolatedContext {
  id: number;
  origin: string;
  auxData?: { type?: string; frameId?: string };
}

/**
 * For each frame of the page where our content script's world exists: whether content-main.js has run
 * there (it leaves its start under a registry symbol in that world, which the page cannot read).
 */
async function mainScriptLoaded(page: Page): Promise<boolean[]> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: IsolatedContext[] = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: IsolatedContext }) => contexts.push(event.context));
  await cdp.send('Runtime.enable');
  const ours = contexts.filter((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'));
  const loaded: boolean[] = [];
  for (const context of ours) {
    const { result } = (await cdp.send('Runtime.evaluate', {
      contextId: context.id,
      expression: `typeof globalThis[Symbol.for('sino-soviet-notes.start-main')] === 'function'`,
      returnByValue: true,
    })) as { result: { value: boolean } };
    loaded.push(result.value);
  }
  await cdp.detach();
  return loaded;
}

it('never loads content-main.js into frames without a possible mention', async () => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/none.html'));
  const { mentions, frames } = await waitForScan(ext.worker, page, { frames: 2 });
  expect(mentions).toEqual([]);
  // Both frames reported their scan, from content.js alone.
  expect(Object.values(frames as Record<string, { complete: boolean }>).every((f) => f.complete)).toBe(true);
  await page.waitForTimeout(300);
  expect(await mainScriptLoaded(page)).toEqual([false, false]);
  await page.close();
});

/** Loads a one-frame page that content.js scans to the end alone: no mention, no content-main.js. */
async function scannedByContentJsAlone(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(server.url(path));
  const { mentions } = await waitForScan(ext.worker, page);
  expect(mentions).toEqual([]);
  await page.waitForTimeout(300);
  expect(await mainScriptLoaded(page)).toEqual([false]);
  return page;
}

it('does not load content-main.js where every prefilter hit is no mention', async () => {
  await (await scannedByContentJsAlone('/false-hits.html')).close();
});

it('does not load content-main.js where the only mentions are ambiguous ones the rule refuses', async () => {
  const page = await scannedByContentJsAlone('/ambiguous-only.html');
  expect(await paintedCount(page)).toBe(0);
  await page.close();
});

it('does not load content-main.js where the only mentions are hidden by CSS', async () => {
  await (await scannedByContentJsAlone('/hidden-only.html')).close();
});

it('highlights a <details> the reader opens and a panel the page unhides', async () => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/closed.html'));
  const { mentions } = await waitForScan(ext.worker, page);
  expect(mentions).toEqual([]);
  await page.click('summary');
  await expect.poll(() => paintedCount(page), { timeout: 5000 }).toBe(2);
  await page.evaluate(() => document.getElementById('panel')?.removeAttribute('hidden'));
  await expect.poll(() => paintedCount(page), { timeout: 5000 }).toBe(3);
  await page.close();
});

it('loads content-main.js on a page with mentions, and highlights them', async () => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/mentions.html'));
  const { mentions } = await waitForScan(ext.worker, page);
  expect(mentions.map((m: { topic: string }) => m.topic).sort()).toEqual(['mao-zedong', 'stalin']);
  await expect.poll(() => paintedCount(page)).toBe(2);
  expect(await mainScriptLoaded(page)).toEqual([true]);
  await page.close();
});

it('highlights a mention the page adds after its scan found none', async () => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/later.html'));
  const { tabId, mentions } = await waitForScan(ext.worker, page);
  expect(mentions).toEqual([]);
  expect(await mainScriptLoaded(page)).toEqual([false]);

  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'In 1950 Mao Zedong signed the treaty with Stalin in Moscow.';
    document.querySelector('main')?.append(p);
  });
  await expect.poll(() => paintedCount(page), { timeout: 10_000 }).toBe(2);
  expect(await mainScriptLoaded(page)).toEqual([true]);
  // The report now comes from content-main.js, with the mentions.
  await expect
    .poll(async () => {
      const frames = (await framesOf(ext.worker, tabId)) as Record<string, { mentions: { topic: string }[] }>;
      return (frames[0]?.mentions ?? []).map((m) => m.topic).sort();
    })
    .toEqual(['mao-zedong', 'stalin']);
  await page.close();
});

it('loses no mention the page adds while content.js hands the frame over', async () => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/busy.html'));
  const { tabId } = await waitForScan(ext.worker, page);
  // Every mention is listed (calm highlights paint the first of a topic's repeats only).
  const listed = async () => {
    const frames = (await framesOf(ext.worker, tabId)) as Record<string, { mentions: unknown[] }>;
    return frames[0]?.mentions.length ?? 0;
  };
  await expect.poll(listed, { timeout: 10_000 }).toBe(14);
  expect(await mainScriptLoaded(page)).toEqual([true]);
  await page.close();
});

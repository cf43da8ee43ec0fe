// Tab state, frames, site switches and mutation storms under hostile or unusual pages (issue 11,
// findings 7 and 8): the popup forgets a page the tab has left, many tabs of huge pages all keep
// their badge, a hidden frame cannot speak for the page, thousands of switched-off sites fit and
// concurrent switches are all kept, and a storm never leaves the page without highlights.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from './launch.mjs';
import { disabledHostsOf, EVERY_MENTION, paintedCount, setSettings } from './page-snapshot.mjs';
import { framesOf, waitForScan } from './scan-state.mjs';
import { startServer } from './server.mjs';
import { stressHandler } from './stress-pages.mjs';

let ext: Awaited<ReturnType<typeof launchWithExtension>>;
let server: Awaited<ReturnType<typeof startServer>>;
/** The same server under another host name: a cross-origin frame. */
let other: (path: string) => string;

const page = (title: string, body: string) => ({
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`,
});

function pages(url: URL) {
  const frame = (style: string) => `<iframe src="${other('/h/framed.html')}" style="${style}"></iframe>`;
  switch (url.pathname) {
    case '/h/framed.html':
      return page('framed', '<p>Inside the frame, Khrushchev met Zhou Enlai.</p>');
    case '/h/plain.html':
      return page('plain', '<p>A page about the weather.</p>');
    case '/h/tiny-frame.html':
      return page('tiny', `<p>A page about the weather.</p>${frame('width:1px;height:1px;border:0;opacity:0')}`);
    case '/h/transparent-frame.html':
      return page('transparent', `<p>A page about the weather.</p>${frame('width:400px;height:200px;opacity:0')}`);
    case '/h/visible-frame.html':
      return page('visible', `<p>Stalin is named here.</p>${frame('width:400px;height:200px')}`);
    case '/h/storm.html': {
      const paras = Array.from(
        { length: 400 },
        (_, i) => `<p>Note ${i}${i % 5 ? '' : ': Stalin wrote to Mao Zedong'} <span>0</span></p>`,
      ).join('');
      // Every 10 ms the counters of 300 paragraphs change: more changed blocks than the observer
      // batches one by one, so each batch asks for a full rescan.
      const script = `window.storm = (ms) => new Promise((done) => {
        const spans = [...document.querySelectorAll('span')];
        const end = performance.now() + ms;
        let n = 0;
        const tick = () => {
          for (let i = 0; i < 300; i++) spans[(n * 7 + i) % spans.length].textContent = String(n);
          n++;
          if (performance.now() < end) setTimeout(tick, 10); else done(n);
        };
        tick();
      });`;
      return page('storm', `${paras}<script>${script}</script>`);
    }
    default:
      return stressHandler(url);
  }
}

beforeAll(async () => {
  server = await startServer({ extraHandler: pages });
  other = (path) => server.url(path).replace('127.0.0.1', 'localhost');
  ext = await launchWithExtension();
  await setSettings(ext.worker, EVERY_MENTION);
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** What the popup would be told about a tab (through an extension page, as the popup asks). */
async function tabAsPopupSees(tabId: number) {
  const popup = await ext.context.newPage();
  await popup.goto(ext.popupUrl(tabId));
  const answer = await popup.evaluate(
    async (id) => chrome.runtime.sendMessage({ type: 'mentions/get', payload: { tabId: id } }),
    tabId,
  );
  return {
    popup,
    tab: (answer as { ok: boolean; value: { mentions: { topic: string }[]; counts: Record<string, number> } | null })
      .value,
  };
}

const badge = (tabId: number) =>
  ext.worker.evaluate(
    (id) =>
      (chrome as unknown as { action: { getBadgeText(d: object): Promise<string> } }).action.getBadgeText({
        tabId: id,
      }),
    tabId,
  );

describe('tab state', () => {
  it('forgets the page when the tab goes to about:blank: no old topics, no site switch', async () => {
    const tab = await ext.context.newPage();
    await tab.goto(server.url('/h/framed.html?leave'));
    const { tabId } = await waitForScan(ext.worker, tab);
    expect(await badge(tabId)).not.toBe('');
    await tab.goto('about:blank');
    const { popup, tab: seen } = await tabAsPopupSees(tabId);
    expect(seen?.mentions ?? []).toEqual([]);
    await expect.poll(() => popup.locator('.page-topic').count()).toBe(0);
    await popup.waitForTimeout(2000);
    expect(await popup.locator('.page-topic').count()).toBe(0);
    expect(await popup.locator('.site-switch').count()).toBe(0);
    expect(await badge(tabId)).toBe('');
    await popup.close();
    await tab.close();
  });

  it('keeps every tab of a huge page within storage.session, each with its badge', async () => {
    const tabs: { page: Page; tabId: number }[] = [];
    for (let i = 0; i < 4; i++) {
      const tab = await ext.context.newPage();
      await tab.goto(server.url(`/stress/flat.html?count=17000&tab=${i}`));
      const { tabId } = await waitForScan(ext.worker, tab, { timeout: 60_000 });
      tabs.push({ page: tab, tabId });
    }
    for (const { tabId } of tabs) {
      expect(await badge(tabId)).toBe('999+');
      const stored = await framesOf(ext.worker, tabId);
      expect(stored?.[0]?.counts?.stalin).toBeGreaterThan(999);
      expect(JSON.stringify(stored).length).toBeLessThan(150_000);
    }
    const { popup } = await tabAsPopupSees(tabs[3]!.tabId);
    await expect.poll(() => popup.locator('.page-topic').count()).toBeGreaterThan(0);
    expect(
      Number(await popup.locator('[data-topic="stalin"] [data-count]').getAttribute('data-count')),
    ).toBeGreaterThan(999);
    await popup.close();
    for (const { page: tab } of tabs) await tab.close();
  });
});

describe('frames', () => {
  for (const [name, path] of [
    ['a 1×1 transparent', '/h/tiny-frame.html'],
    ['a full-size transparent', '/h/transparent-frame.html'],
  ] as const) {
    it(`leaves ${name} cross-origin frame out of the popup and the badge`, async () => {
      const tab = await ext.context.newPage();
      await tab.goto(server.url(path));
      const { tabId } = await waitForScan(ext.worker, tab, { frames: 2 });
      const { popup, tab: seen } = await tabAsPopupSees(tabId);
      expect(seen?.mentions).toEqual([]);
      expect(await badge(tabId)).toBe('');
      await popup.close();
      await tab.close();
    });
  }

  it('counts a visible cross-origin frame, and switching the page off covers the frame', async () => {
    const tab = await ext.context.newPage();
    await tab.goto(server.url('/h/visible-frame.html'));
    const { tabId } = await waitForScan(ext.worker, tab, { frames: 2 });
    const { popup, tab: seen } = await tabAsPopupSees(tabId);
    expect(seen?.mentions.map((m) => m.topic).sort()).toEqual(['khrushchev', 'stalin', 'zhou-enlai']);
    const frame = tab.frames().find((f) => f.url().includes('localhost'))!;
    const framePainted = () => frame.evaluate(() => CSS.highlights.get('sino-soviet-notes')?.size ?? 0);
    expect(await framePainted()).toBe(2);
    await popup.evaluate(
      async (host) => chrome.runtime.sendMessage({ type: 'site/set-enabled', payload: { host, enabled: false } }),
      new URL(server.origin).host,
    );
    await expect.poll(() => paintedCount(tab)).toBe(0);
    await expect.poll(framePainted).toBe(0);
    await popup.evaluate(
      async (host) => chrome.runtime.sendMessage({ type: 'site/set-enabled', payload: { host, enabled: true } }),
      new URL(server.origin).host,
    );
    await expect.poll(framePainted).toBe(2);
    await popup.close();
    await tab.close();
  });
});

describe('sites switched off', () => {
  it('keeps thousands of sites and every one of 2,000 concurrent switches', async () => {
    const popup = await ext.context.newPage();
    await popup.goto(ext.popupUrl());
    const here = new URL(server.origin).host;
    const hosts = [...Array.from({ length: 1999 }, (_, i) => `site-${i}.example.org`), here];
    const results = await popup.evaluate(
      (list) =>
        Promise.all(
          list.map((host) =>
            chrome.runtime.sendMessage({ type: 'site/set-enabled', payload: { host, enabled: false } }),
          ),
        ),
      hosts,
    );
    expect((results as { ok: boolean }[]).filter((r) => !r.ok)).toEqual([]);
    expect(await disabledHostsOf(ext.worker)).toEqual([...hosts].sort());
    // The page of a switched-off host is left alone; another host still gets highlights.
    const off = await ext.context.newPage();
    await off.goto(server.url('/h/framed.html?off'));
    await off.waitForTimeout(1500);
    expect(await paintedCount(off)).toBe(0);
    const on = await ext.context.newPage();
    await on.goto(other('/h/framed.html?on'));
    await expect.poll(() => paintedCount(on)).toBe(2);
    // Switching back on in a burst, too.
    await popup.evaluate(
      (list) =>
        Promise.all(
          list.map((host) =>
            chrome.runtime.sendMessage({ type: 'site/set-enabled', payload: { host, enabled: true } }),
          ),
        ),
      hosts,
    );
    expect(await disabledHostsOf(ext.worker)).toEqual([]);
    await expect.poll(() => paintedCount(off)).toBe(2);
    for (const p of [popup, off, on]) await p.close();
  });
});

describe('a mutation storm', () => {
  it('degrades to fewer updates, never to a page without highlights', async () => {
    const tab = await ext.context.newPage();
    await tab.goto(server.url('/h/storm.html'));
    await waitForScan(ext.worker, tab);
    await expect.poll(() => paintedCount(tab)).toBe(160);
    const fewest = await tab.evaluate(async () => {
      let min = Infinity;
      const timer = setInterval(() => (min = Math.min(min, CSS.highlights.get('sino-soviet-notes')?.size ?? 0)), 20);
      await (window as unknown as { storm(ms: number): Promise<number> }).storm(5000);
      clearInterval(timer);
      return min;
    });
    expect(fewest).toBeGreaterThan(0);
    await expect.poll(() => paintedCount(tab), { timeout: 10_000 }).toBe(160);
    await tab.close();
  });
});

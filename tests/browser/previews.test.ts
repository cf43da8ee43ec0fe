// Issue 6, previews in the page: hover or focus a highlight to read the paper's point. Runs in both
// renderers (painted by default, wrapped with accessible highlights). The card lives in a closed shadow
// root: the test reads it through the DevTools protocol (preview-card.mjs), never through the page's world.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension } from './launch.mjs';
import { disabledHostsOf, setSettings } from './page-snapshot.mjs';
import {
  cardBox,
  cardStyles,
  cardText,
  hasHost,
  listenerTypes,
  pointOf,
  scanOfPage,
  waitForCard,
} from './preview-card.mjs';
import { startServer } from './server.mjs';

let ext: Awaited<ReturnType<typeof launchWithExtension>>;
let server: Awaited<ReturnType<typeof startServer>>;
/** An extension page: it sends messages to the background the way the popup would. */
let extPage: Page;

beforeAll(async () => {
  server = await startServer();
  ext = await launchWithExtension();
  extPage = await ext.context.newPage();
  await extPage.goto(`chrome-extension://${ext.extensionId}/options.html`);
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };
interface Step {
  index: number;
  count: number;
  topic: string | null;
  text: string | null;
}

async function ask<T>(type: string, payload: unknown): Promise<T> {
  const result = (await extPage.evaluate((m) => chrome.runtime.sendMessage(m), { type, payload })) as Envelope<T>;
  if (!result.ok) throw new Error(`${type}: ${result.error}`);
  return result.value;
}

const runCommand = (command: string, tabId: number) => ask<Step>('commands/run', { command, tabId });
const labelOf = async (topic: string) => (await ask<{ label: string }>('topics/preview', { topic, lang: 'en' })).label;

async function openPage(path: string) {
  const page = await ext.context.newPage();
  await page.goto(server.url(path));
  const scan = await scanOfPage(ext.worker, page);
  await page.bringToFront();
  return { page, ...scan };
}

/** Rests the pointer on text and waits for its card. */
async function hoverCard(page: Page, text: string) {
  const p = await pointOf(page, text);
  await page.mouse.move(p.x, p.y);
  return waitForCard(page);
}

for (const renderer of ['paint', 'wrap'] as const) {
  describe(`previews with ${renderer === 'paint' ? 'painted' : 'wrapped (accessible)'} highlights`, () => {
    beforeAll(async () => {
      await setSettings(ext.worker, renderer === 'wrap' ? { accessibleHighlights: true } : {});
    });

    it('shows the card after the hover delay, and not before', async () => {
      const { page } = await openPage('/previews-basic.html?delay');
      expect(await hasHost(page)).toBe(false);
      // Timed in the page's clock, so a slow test process cannot blur it: when the pointer moved, and when
      // our host element (appended for the first card) appeared. The page sees that the host exists, not the card.
      await page.evaluate(() => {
        const w = window as unknown as { movedAt?: number; hostAt?: number };
        addEventListener('pointermove', (e) => (w.movedAt ??= e.timeStamp), { capture: true });
        new MutationObserver(() => {
          if (document.querySelector('html > div')) w.hostAt ??= performance.now();
        }).observe(document.documentElement, { childList: true });
      });
      const p = await pointOf(page, 'Stalin');
      await page.mouse.move(p.x, p.y);
      await page.waitForTimeout(250);
      const early = await page.evaluate(() => ({
        since: performance.now() - (window as unknown as { movedAt: number }).movedAt,
        host: document.querySelector('html > div') !== null,
      }));
      if (early.since < 450) expect(early.host).toBe(false);
      const text = await waitForCard(page);
      const { movedAt, hostAt } = await page.evaluate(() => {
        const w = window as unknown as { movedAt: number; hostAt: number };
        return { movedAt: w.movedAt, hostAt: w.hostAt };
      });
      expect(hostAt - movedAt).toBeGreaterThanOrEqual(490);
      expect(hostAt - movedAt).toBeLessThan(1500);
      expect(text).toContain(await labelOf('stalin'));
      expect(text).toContain('argues (paraphrase of the abstract)');
      await page.close();
    });

    it('keeps the card while the pointer moves into it, and closes it after the pointer leaves', async () => {
      const { page } = await openPage('/previews-basic.html?into');
      await hoverCard(page, 'Mao Zedong');
      const box = await cardBox(page);
      expect(box).not.toBeNull();
      await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2, { steps: 12 });
      await page.waitForTimeout(800);
      expect(await cardText(page)).not.toBeNull();
      await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height + 200, { steps: 4 });
      await waitForCard(page, { open: false, timeout: 2000 });
      await page.close();
    });

    it('closes on Esc and on scroll', async () => {
      const { page } = await openPage('/previews-basic.html?esc');
      await hoverCard(page, 'Stalin');
      await page.keyboard.press('Escape');
      await waitForCard(page, { open: false, timeout: 1000 });
      await page.mouse.move(5, 5);
      await hoverCard(page, 'Mao Zedong');
      await page.mouse.wheel(0, 120);
      await waitForCard(page, { open: false, timeout: 1000 });
      await page.close();
    });

    it('closes on a click elsewhere, and leaves Esc in a text field to the field', async () => {
      const { page } = await openPage('/previews-basic.html?click');
      await hoverCard(page, 'Stalin');
      await page.mouse.click(5, 5);
      await waitForCard(page, { open: false, timeout: 1000 });
      await page.click('#field');
      await hoverCard(page, 'Zhou Enlai');
      await page.keyboard.press('Escape');
      await page.waitForTimeout(200);
      expect(await cardText(page)).not.toBeNull();
      await page.close();
    });

    it('walks every mention in document order with the next-mention command, and back', async () => {
      const { page, tabId, mentions } = await openPage('/previews-basic.html?walk');
      const topics = mentions.map((m: { topic: string }) => m.topic);
      expect(topics.slice(0, 5)).toEqual(['mao-zedong', 'stalin', 'zhou-enlai', 'khrushchev', 'mao-zedong']);
      for (let i = 0; i < mentions.length; i++) {
        const step = await runCommand('next-mention', tabId);
        expect(step).toMatchObject({
          index: i,
          count: mentions.length,
          topic: mentions[i].topic,
          text: mentions[i].text,
        });
        expect(await waitForCard(page)).toContain(await labelOf(mentions[i].topic));
        const p = await pointOf(
          page,
          mentions[i].text,
          mentions.slice(0, i).filter((m: { text: string }) => m.text === mentions[i].text).length,
        );
        const height = await page.evaluate(() => innerHeight);
        expect(p.y, `mention ${i} scrolled into view`).toBeGreaterThan(0);
        expect(p.y).toBeLessThan(height);
      }
      expect(await runCommand('next-mention', tabId)).toMatchObject({ index: 0 });
      expect(await runCommand('previous-mention', tabId)).toMatchObject({ index: mentions.length - 1 });
      await page.close();
    });

    it('leaves the card unchanged by page CSS that styles *, div and mark aggressively', async () => {
      const shots: Buffer[] = [];
      const styles: unknown[] = [];
      for (const path of ['/previews-basic.html?calm', '/previews-basic.html?hostile']) {
        const { page, tabId } = await openPage(path);
        await runCommand('next-mention', tabId);
        await waitForCard(page);
        const box = (await cardBox(page))!;
        shots.push(
          await page.screenshot({
            clip: { x: box.x + 10, y: box.y + 10, width: box.width - 20, height: box.height - 20 },
          }),
        );
        styles.push(withoutPosition(await cardStyles(page)));
        await page.close();
      }
      expect(styles[1]).toEqual(styles[0]);
      expect(shots[1]!.equals(shots[0]!)).toBe(true);
    });

    it('hides the card from page scripts', async () => {
      const { page } = await openPage('/previews-basic.html?secret');
      const text = (await hoverCard(page, 'Stalin'))!;
      const found = await page.evaluate(
        (needles: string[]) => {
          const host = document.querySelector<HTMLElement & { getHTML?: (o: object) => string }>('html > div');
          const sources = [
            document.body.innerText,
            document.documentElement.innerText,
            document.documentElement.textContent ?? '',
            document.documentElement.outerHTML,
            host?.getHTML?.({ serializableShadowRoots: true }) ?? '',
            ...[...document.querySelectorAll('*')].map((el) =>
              el.shadowRoot ? 'open shadow root' : (el.textContent ?? ''),
            ),
          ];
          return {
            hostFound: host !== null,
            shadowRoot: host?.shadowRoot ?? null,
            leaks: needles.filter((n: string) => sources.some((s) => s.includes(n))),
          };
        },
        ['argues (paraphrase of the abstract)', text.slice(-40)],
      );
      expect(found).toEqual({ hostFound: true, shadowRoot: null, leaks: [] });
      await page.close();
    });
  });
}

describe('previews, either renderer', () => {
  beforeAll(async () => {
    await setSettings(ext.worker, { accessibleHighlights: true });
  });

  it('shows the card of a focused accessible highlight at once', async () => {
    const { page } = await openPage('/previews-basic.html?focus');
    await page.focus('mark.ssn-mark[data-ssn-topic="stalin"]');
    expect(await waitForCard(page, { timeout: 400 })).toContain(await labelOf('stalin'));
    await page.keyboard.press('Tab');
    await page.waitForTimeout(100);
    expect(await cardText(page)).toContain(await labelOf('zhou-enlai'));
    await page.close();
  });

  it('adds nothing to a page without mentions, whatever the reader does', async () => {
    await setSettings(ext.worker, {});
    const { page, tabId } = await openPage('/previews-none.html');
    const pageEvents = [
      'focusin',
      'keydown',
      'pointerdown',
      'pointermove',
      'pointerout',
      'pointerup',
      'resize',
      'scroll',
    ];
    expect((await listenerTypes(page)).filter((t: string) => pageEvents.includes(t))).toEqual([]);
    await page.mouse.move(100, 100);
    await page.mouse.move(200, 60, { steps: 5 });
    expect(await runCommand('next-mention', tabId)).toMatchObject({ index: -1, count: 0 });
    await page.waitForTimeout(700);
    expect(await hasHost(page)).toBe(false);
    expect((await listenerTypes(page)).filter((t: string) => pageEvents.includes(t))).toEqual([]);
    await page.close();
    // The same listeners are there on a page with mentions: the check above can see them.
    const withMentions = await openPage('/previews-basic.html?listeners');
    expect((await listenerTypes(withMentions.page)).filter((t: string) => pageEvents.includes(t))).toEqual([
      'focusin',
      'pointermove',
      'pointerout',
      'pointerup',
    ]);
    await withMentions.page.close();
  });

  it('shows no card when cards are switched off, and honours a longer delay', async () => {
    await setSettings(ext.worker, { previews: false });
    const { page } = await openPage('/previews-basic.html?off');
    const p = await pointOf(page, 'Stalin');
    await page.mouse.move(p.x, p.y);
    await page.waitForTimeout(900);
    expect(await hasHost(page)).toBe(false);
    await setSettings(ext.worker, { hoverDelayMs: 2000 });
    await page.mouse.move(5, 5);
    await page.waitForTimeout(100);
    await page.mouse.move(p.x, p.y);
    await page.waitForTimeout(900);
    expect(await cardText(page)).toBeNull();
    await waitForCard(page, { timeout: 3000 });
    await page.close();
  });

  it("places the card inside the viewport on a right-to-left page, at the mention's right edge", async () => {
    await setSettings(ext.worker, {});
    const { page } = await openPage('/previews-rtl.html');
    await hoverCard(page, 'Stalin');
    const box = (await cardBox(page))!;
    const mention = await page.evaluate(() => {
      const p = document.querySelector('p')!.firstChild as Text;
      const range = document.createRange();
      const at = p.data.indexOf('Stalin');
      range.setStart(p, at);
      range.setEnd(p, at + 'Stalin'.length);
      const r = range.getBoundingClientRect();
      return { right: r.right, bottom: r.bottom, width: innerWidth };
    });
    expect(box.x).toBeGreaterThanOrEqual(8);
    expect(box.x + box.width).toBeLessThanOrEqual(mention.width - 8 + 0.5);
    expect(Math.abs(box.x + box.width - Math.min(mention.right, mention.width - 8))).toBeLessThan(1.5);
    expect(box.y).toBeGreaterThan(mention.bottom);
    await page.close();
  });

  it('shows no card for a touch resting on a highlight, and one at once for a tap', async () => {
    await setSettings(ext.worker, {});
    const { page } = await openPage('/previews-basic.html?touch');
    const p = await pointOf(page, 'Stalin');
    // Touch input as a touch screen sends it (trusted input through the DevTools protocol: the extension
    // ignores events a page script dispatches).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd') =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: p.x, y: p.y }] });
    await touch('touchStart');
    await touch('touchMove');
    await page.waitForTimeout(900);
    expect(await hasHost(page)).toBe(false);
    await touch('touchEnd');
    await page.waitForTimeout(100);
    if (await cardText(page)) await page.keyboard.press('Escape');
    await waitForCard(page, { open: false, timeout: 1000 });
    await page.waitForTimeout(50);
    await touch('touchStart');
    await touch('touchEnd');
    expect(await waitForCard(page, { timeout: 400 })).toContain(await labelOf('stalin'));
    await page.close();
  });

  it('switches highlighting on this site off and on with the toggle command', async () => {
    await setSettings(ext.worker, {});
    const { page, tabId } = await openPage('/previews-basic.html?toggle');
    const painted = () => page.evaluate(() => CSS.highlights.get('sino-soviet-notes')?.size ?? 0);
    expect(await painted()).toBeGreaterThan(0);
    expect(await runCommand('toggle-highlights', tabId)).toEqual({ enabled: false });
    await expect.poll(painted).toBe(0);
    expect(await disabledHostsOf(ext.worker)).toEqual([new URL(page.url()).host]);
    expect(await runCommand('toggle-highlights', tabId)).toEqual({ enabled: true });
    await expect.poll(painted).toBeGreaterThan(0);
    await page.close();
  });

  it('opens the topic view from More (the popup where it can open, else popup.html?tab=&topic= in a tab)', async () => {
    const { page, tabId } = await openPage('/previews-basic.html?more');
    await hoverCard(page, 'Stalin');
    const more = (await cardBox(page, 'more'))!;
    const opened = ext.context.waitForEvent('page', { timeout: 3000 }).catch(() => null);
    await page.mouse.click(more.x + more.width / 2, more.y + more.height / 2);
    await waitForCard(page, { open: false, timeout: 1000 });
    const tab = await opened;
    const urls = tab ? [tab.url()] : await targetUrls(page);
    expect(urls).toContainEqual(expect.stringContaining(`popup.html?tab=${tabId}&topic=stalin`));
    await tab?.close();
    await page.close();
  });
});

/** Every page-like target the browser has (the real popup is one, but not a Playwright Page). */
async function targetUrls(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.map((t: { url: string }) => t.url);
  } finally {
    await cdp.detach();
  }
}

/** Computed styles minus where the card sits: the page's layout moves the mention, not the card's look. */
function withoutPosition(list: { node: string; style: Record<string, string> }[] | null) {
  const moving = new Set([
    'left',
    'top',
    'right',
    'bottom',
    'inset-block-start',
    'inset-block-end',
    'inset-inline-start',
    'inset-inline-end',
    'max-height',
    'max-block-size',
    'inset',
  ]);
  return list?.map(({ node, style }) => ({
    node,
    style: Object.fromEntries(Object.entries(style).filter(([k]) => !moving.has(k))),
  }));
}

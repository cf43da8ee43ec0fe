// Issue 15, calm highlights: how many mentions a page paints (density), where (skipped regions), in what
// style (five categories apart in greyscale), on dark pages (contrast from computed colours), and the
// keyboard (shortcut defaults Chromium binds, one Tab stop per mention). Mentions not painted stay listed.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setSettings } from './page-snapshot.mjs';
import { scanOfPage } from './preview-card.mjs';
import { type ChromiumExtension, type FixtureServer, withChromium } from './sessions';

let ext: ChromiumExtension;
let server: FixtureServer;
withChromium((started) => ({ ext, server } = started));

const painted = (page: Page): Promise<number> =>
  page.evaluate(() => CSS.highlights.get('sino-soviet-notes')?.size ?? 0);

/** Opens a page under these settings; resolves once it is scanned, with the number of listed mentions. */
async function open(path: string, settings: Record<string, unknown>) {
  await setSettings(ext.worker, settings);
  const page = await ext.context.newPage();
  await page.goto(server.url(path));
  const { tabId, mentions } = await scanOfPage(ext.worker, page);
  await page.waitForTimeout(100);
  return { page, tabId, listed: (mentions as unknown[]).length };
}

/** Runs a keyboard command in a tab the way the popup does (an extension page asks the background). */
async function runCommand(command: string, tabId: number): Promise<{ count?: number; enabled?: boolean }> {
  const extPage = await ext.context.newPage();
  await extPage.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const result = (await extPage.evaluate((m) => chrome.runtime.sendMessage(m), {
    type: 'commands/run',
    payload: { command, tabId },
  })) as { ok: boolean; value: { count?: number; enabled?: boolean }; error?: string };
  await extPage.close();
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

// calm.html: 28 mentions, 15 of them in running text; 13 in the title, navigation, table of contents,
// a caption, a heading, a navigation box and the references. See the fixture for the count by section.
describe('density', () => {
  it('every mention: paints the 15 in running text, lists all 28', async () => {
    const { page, listed, tabId } = await open('/calm.html', { density: 'every' });
    expect(listed).toBe(28);
    expect(await painted(page)).toBe(15);
    await page.bringToFront();
    expect((await runCommand('next-mention', tabId)).count).toBe(28);
    await page.close();
  });
  it('first per topic and section (the default): 11 painted, 28 listed', async () => {
    const { page, listed } = await open('/calm.html', {});
    expect(listed).toBe(28);
    expect(await painted(page)).toBe(11);
    await page.close();
  });
  it('only topics the paper discusses: 11 painted, 28 listed', async () => {
    const { page, listed } = await open('/calm.html', { density: 'paper' });
    expect(listed).toBe(28);
    expect(await painted(page)).toBe(11);
    // Brezhnev, Zhenbao Island and proletarian internationalism are context the paper does not discuss.
    const texts = await page.evaluate(() =>
      [...(CSS.highlights.get('sino-soviet-notes') ?? [])].map((r) =>
        (r.startContainer as Text).data.slice(r.startOffset, r.endOffset),
      ),
    );
    expect(texts).not.toContain('Brezhnev');
    expect(texts).not.toContain('proletarian internationalism');
    await page.close();
  });
  it('on demand: nothing painted until the reader asks, all listed; the toggle key paints them', async () => {
    const { page, listed, tabId } = await open('/calm.html', { density: 'demand' });
    expect(listed).toBe(28);
    expect(await painted(page)).toBe(0);
    await page.bringToFront();
    expect((await runCommand('toggle-highlights', tabId)).enabled).toBe(true);
    await expect.poll(() => painted(page)).toBe(15);
    await page.close();
  });
});

describe('skipped regions', () => {
  it('leaves title, headings, navigation, navigation boxes, contents, captions and references unpainted', async () => {
    const { page } = await open('/calm.html', { density: 'every' });
    const where = await page.evaluate(() =>
      [...(CSS.highlights.get('sino-soviet-notes') ?? [])].map(
        (r) => (r.startContainer as Text).parentElement?.closest('[id],nav,figcaption,.navbox,.references')?.localName,
      ),
    );
    expect(where.every((tag) => tag === 'p' || tag === 'a')).toBe(true);
    await page.close();
  });
  it('paints each region again once switched back on', async () => {
    const { page } = await open('/calm.html', {
      density: 'every',
      shownRegions: ['title', 'headings', 'navigation', 'toc', 'references', 'captions'],
    });
    expect(await painted(page)).toBe(28);
    await setSettings(ext.worker, { density: 'every', shownRegions: ['headings'] });
    await expect.poll(() => painted(page)).toBe(16);
    await page.close();
  });
});

/** Reads, for each painted mention, the styled highlight it is in and what those styles compute to. */
const computedLooks = (page: Page) =>
  page.evaluate(() => {
    const out: {
      text: string;
      name: string;
      bg: string;
      line: string;
      lineStyle: string;
      color: string;
      page: string;
    }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!/-(light|dark|line)$/.test(name)) continue;
      for (const r of highlight) {
        const el = (r.startContainer as Text).parentElement as Element;
        const style = getComputedStyle(el, `::highlight(${name})`);
        let bgEl: Element | null = el;
        while (bgEl && getComputedStyle(bgEl).backgroundColor === 'rgba(0, 0, 0, 0)') bgEl = bgEl.parentElement;
        out.push({
          text: (r.startContainer as Text).data.slice(r.startOffset, r.endOffset),
          name,
          bg: style.backgroundColor,
          line: style.textDecorationColor,
          lineStyle: style.textDecorationStyle,
          color: getComputedStyle(el).color,
          page: bgEl ? getComputedStyle(bgEl).backgroundColor : 'rgb(255, 255, 255)',
        });
      }
    }
    return out;
  });

function rgba(text: string): [number, number, number, number] {
  const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(text);
  if (!m) throw new Error(`not a colour: ${text}`);
  return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
}
const over = (top: number[], bottom: number[]) => [0, 1, 2].map((i) => top[i]! * top[3]! + bottom[i]! * (1 - top[3]!));
function lum(c: number[]): number {
  const lin = (v: number) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(c[0]!) + 0.7152 * lin(c[1]!) + 0.0722 * lin(c[2]!);
}
const ratio = (a: number[], b: number[]) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);

describe('dark pages', () => {
  it('keeps text (links too) at AA on the highlight and the underline visible, from computed colours', async () => {
    const { page } = await open('/calm-dark.html', { density: 'every' });
    const looks = await computedLooks(page);
    expect(looks.length).toBe(15);
    for (const look of looks) {
      expect(look.name, look.text).toMatch(/-dark$/);
      const fill = over(rgba(look.bg), rgba(look.page));
      expect(ratio(rgba(look.color), fill), `${look.text} text`).toBeGreaterThanOrEqual(4.5);
      if (!look.name.includes('concept'))
        expect(ratio(rgba(look.line), fill), `${look.text} underline`).toBeGreaterThanOrEqual(3);
    }
    expect(looks.some((l) => l.text === 'Stalin' && l.color === 'rgb(138, 180, 248)')).toBe(true);
    await page.close();
  });
  it('keeps the light palette on a light page, link blue at AA', async () => {
    const { page } = await open('/calm.html', { density: 'every' });
    const looks = await computedLooks(page);
    expect(looks.length).toBe(15);
    for (const look of looks) {
      expect(look.name).toMatch(/-light$/);
      expect(ratio(rgba(look.color), over(rgba(look.bg), rgba(look.page))), look.text).toBeGreaterThanOrEqual(4.5);
    }
    await page.close();
  });
});

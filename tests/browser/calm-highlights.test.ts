// Issue 15, calm highlights: how many mentions a page paints (density), where (skipped regions), in what
// style (five categories apart in greyscale), on dark pages (contrast from computed colours), and the
// keyboard (shortcut defaults Chromium binds, one Tab stop per mention). Mentions not painted stay listed.
import { tmpdir } from 'node:os';
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

describe('categories in greyscale', () => {
  it('keeps the five category styles apart once the screenshot is grey, on light and dark pages', async () => {
    for (const [path, scheme] of [
      ['/calm.html', 'light'],
      ['/calm-dark.html', 'dark'],
    ] as const) {
      // On demand: the page's own mentions paint nothing, so our samples own the category highlights.
      const { page } = await open(path, { density: 'demand' });
      const categories = ['person', 'event', 'document', 'place', 'concept'];
      // The same words in each category's style, painted with the extension's own highlight names and rules.
      const boxes = await page.evaluate(
        ([cats, sch]) => {
          const out: { x: number; y: number; width: number; height: number }[] = [];
          const wrap = document.createElement('div');
          wrap.style.cssText = 'position:absolute;left:20px;top:20px;z-index:9;padding:8px;font:24px sans-serif';
          wrap.style.background = sch === 'dark' ? '#121212' : '#ffffff';
          wrap.style.color = sch === 'dark' ? '#e8e8e8' : '#202122';
          document.body.append(wrap);
          for (const c of cats) {
            const p = document.createElement('p');
            p.style.margin = '12px 0';
            const span = document.createElement('span');
            span.textContent = 'Sample words';
            p.append(span);
            wrap.append(p);
            const range = new StaticRange({
              startContainer: span.firstChild!,
              startOffset: 0,
              endContainer: span.firstChild!,
              endOffset: 12,
            });
            CSS.highlights.set(`sino-soviet-notes-${c}-${sch}`, new Highlight(range));
            const r = span.getBoundingClientRect();
            out.push({
              x: Math.floor(r.left),
              y: Math.floor(r.top),
              width: Math.ceil(r.width),
              height: Math.ceil(r.height) + 8,
            });
          }
          return out;
        },
        [categories, scheme] as const,
      );
      const width = Math.min(...boxes.map((b) => b.width));
      const height = Math.min(...boxes.map((b) => b.height));
      const greys: number[][] = [];
      await page.screenshot({
        path: `${tmpdir()}/ssn-categories-${scheme}.png`,
        clip: { x: 0, y: 0, width: 400, height: 400 },
      });
      for (const b of boxes) {
        const png = await page.screenshot({ clip: { x: b.x, y: b.y, width, height } });
        greys.push(await greyscale(page, png.toString('base64')));
      }
      // Row by row (an underline is a row pattern): the largest mean difference between two styles' rows.
      const rowDiff = (a: number[], b: number[]) => {
        let max = 0;
        for (let y = 0; y < height; y++) {
          let sum = 0;
          for (let x = 0; x < width; x++) sum += Math.abs(a[y * width + x]! - b[y * width + x]!);
          max = Math.max(max, sum / width);
        }
        return max;
      };
      for (let i = 0; i < categories.length; i++)
        for (let j = i + 1; j < categories.length; j++) {
          const d = rowDiff(greys[i]!, greys[j]!);
          expect(d, `${scheme}: ${categories[i]} vs ${categories[j]}`).toBeGreaterThanOrEqual(15);
        }
      await page.close();
    }
  });
});

/** A PNG as grey levels (Rec. 709 luma), decoded by the browser itself. */
function greyscale(page: Page, base64: string): Promise<number[]> {
  return page.evaluate(async (data) => {
    const blob = await (await fetch(`data:image/png;base64,${data}`)).blob();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data: px } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    const out: number[] = [];
    for (let i = 0; i < px.length; i += 4) out.push(0.2126 * px[i]! + 0.7152 * px[i + 1]! + 0.0722 * px[i + 2]!);
    return out;
  }, base64);
}

describe('keyboard', () => {
  it('has next, previous and toggle bound out of the box in Chromium', async () => {
    type Commands = { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } };
    const all = await ext.worker.evaluate(() =>
      (globalThis as unknown as { chrome: Commands }).chrome.commands.getAll(),
    );
    const keys = Object.fromEntries(all.map((c) => [c.name, c.shortcut]));
    expect(keys['next-mention']).toBe('Alt+Shift+Period');
    expect(keys['previous-mention']).toBe('Alt+Shift+Comma');
    expect(keys['toggle-highlights']).toBe('Alt+Shift+H');
  });

  /** Presses Tab from the top until focus comes round again; what each stop is. */
  async function tabStops(page: Page): Promise<string[]> {
    // A click at the page's top corner: focus, and where Tab starts from, go back to the top.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.mouse.click(2, 2);
    const stops: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const what = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const id = (el as HTMLElement).dataset.ssnId ?? '';
        if (el.localName === 'mark') return `mark:${id}:${el.textContent}${el.closest('a') ? ' (in a link)' : ''}`;
        if (el.shadowRoot === null && el.localName === 'span') return 'skip';
        return `${el.localName}:${[...document.querySelectorAll(el.localName)].indexOf(el)}:${el.textContent}`;
      });
      if (what === null || stops.includes(what)) break;
      stops.push(what);
    }
    return stops;
  }

  it('accessible mode: one Tab stop per mention (a linked one is its link), and one to skip them all', async () => {
    const { page } = await open('/calm.html', { density: 'every', accessibleHighlights: true });
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('mark.ssn-mark').length)).toBe(15);
    await page.bringToFront();
    const stops = await tabStops(page);
    expect(stops.filter((s) => s.startsWith('mark:'))).toHaveLength(14);
    expect(stops.filter((s) => s.includes('(in a link)'))).toEqual([]);
    expect(stops.filter((s) => s.startsWith('a:'))).toHaveLength(4);
    expect(stops.filter((s) => s === 'skip')).toHaveLength(1);
    // The card of the last focused mention comes after them (its own buttons): not a stop in the page.
    expect(stops.filter((s) => !s.startsWith('div:'))).toHaveLength(19);
    // The skip button, pressed: only the page's own links remain (and the button, to undo it).
    const skipAt = stops.indexOf('skip');
    await page.mouse.click(2, 2);
    for (let i = 0; i <= skipAt; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const after = await tabStops(page);
    expect(after.filter((s) => s.startsWith('mark:'))).toEqual([]);
    expect(after.filter((s) => !s.startsWith('div:'))).toHaveLength(5);
    await page.close();
  });
});

describe('reader colours', () => {
  it("paints in the reader's colour once chosen, and back in the default after a reset", async () => {
    const { page } = await open('/calm.html', { density: 'every' });
    const personTint = () =>
      page.evaluate(
        () =>
          getComputedStyle(document.getElementById('lead')!, '::highlight(sino-soviet-notes-person-light)')
            .backgroundColor,
      );
    expect(await personTint()).toBe('rgba(47, 95, 179, 0.08)');
    await setSettings(ext.worker, { density: 'every', colours: { person: '#008000' } });
    await expect.poll(personTint).toBe('rgba(0, 128, 0, 0.08)');
    await setSettings(ext.worker, { density: 'every' });
    await expect.poll(personTint).toBe('rgba(47, 95, 179, 0.08)');
    await page.close();
  });
});

// Issue 11, finding 3: editors are never touched. A document in designMode (an editor iframe) gets no
// highlights; a block made contenteditable, or a frame switched to designMode, after it was highlighted
// loses them at once, so what the user types and saves holds nothing of ours and no painted range drifts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { setSettings } from './page-snapshot.mjs';
import { type ChromiumExtension, type FixtureServer, withChromium } from './sessions';

let ext: ChromiumExtension;
let server: FixtureServer;
withChromium((started) => ({ ext, server } = started));

/** Our highlights under a node of this frame: marks, or painted ranges that start in it. */
function ours(frame: Page | Frame, selector: string) {
  return frame.evaluate((sel) => {
    const root = document.querySelector(sel) as Element;
    const painted = [...(CSS.highlights.get('sino-soviet-notes') ?? [])].filter((r) =>
      root.contains(r.startContainer),
    ).length;
    return { marks: root.querySelectorAll('mark').length, painted, html: root.innerHTML.includes('ssn') };
  }, selector);
}
const count = (o: { marks: number; painted: number }) => o.marks + o.painted;

const frameOf = (page: Page, id: string) => page.frames().find((f) => f.url().includes(`?${id}`)) as Frame;

for (const renderer of ['paint', 'wrap'] as const) {
  describe(`editors, ${renderer === 'paint' ? 'painted' : 'wrapped'} highlights`, () => {
    let page: Page;
    beforeAll(async () => {
      await setSettings(ext.worker, { accessibleHighlights: renderer === 'wrap' });
    });

    it('highlights nothing in a designMode frame', async () => {
      page = await ext.context.newPage();
      await page.goto(server.url(`/editors.html?${renderer}`));
      await expect
        .poll(async () => count(await ours(frameOf(page, 'later'), '#text')), { timeout: 15_000 })
        .toBeGreaterThanOrEqual(2);
      await expect.poll(async () => count(await ours(page, '#block')), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
      // By now the frame that was an editor from the start has long been scanned.
      expect(await ours(frameOf(page, 'on'), '#text')).toEqual({ marks: 0, painted: 0, html: false });
    });

    it('clears a block the moment it becomes contenteditable, and the user types into plain text', async () => {
      const frames = await page.evaluate(async () => {
        const block = document.getElementById('block') as HTMLElement;
        block.contentEditable = 'true';
        await new Promise((r) => requestAnimationFrame(r));
        const painted = [...(CSS.highlights.get('sino-soviet-notes') ?? [])].filter((r) =>
          block.contains(r.startContainer),
        ).length;
        return { marks: block.querySelectorAll('mark').length, painted };
      });
      expect(frames).toEqual({ marks: 0, painted: 0 });
      await page.click('#block', { position: { x: 2, y: 5 } });
      await page.keyboard.press('Home');
      await page.keyboard.type('Then ');
      await page.keyboard.press('End');
      await page.keyboard.type(' Mao Zedong again.');
      await page.waitForTimeout(700);
      expect(await ours(page, '#block')).toEqual({ marks: 0, painted: 0, html: false });
      expect(await page.evaluate(() => document.getElementById('block')?.innerHTML)).toBe(
        'Then Khrushchev visited Beijing, and Mao Zedong refused the joint fleet. Mao Zedong again.',
      );
      // The rest of the page keeps its highlights.
      expect(count(await ours(page, 'body'))).toBeGreaterThanOrEqual(1);
    });

    it('clears a frame switched to designMode before the first keystroke lands', async () => {
      const frame = frameOf(page, 'later');
      await frame.evaluate(() => (document.designMode = 'on'));
      await frame.click('#text', { position: { x: 2, y: 5 } });
      await page.keyboard.press('Home');
      await page.keyboard.type('So ');
      await page.waitForTimeout(700);
      expect(await ours(frame, '#text')).toEqual({ marks: 0, painted: 0, html: false });
      expect(await frame.evaluate(() => document.getElementById('text')?.innerHTML)).toBe(
        'So Mao Zedong met Stalin in Moscow.',
      );
      await page.close();
    });
  });
}

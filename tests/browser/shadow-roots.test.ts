// Issue 11, finding 8: mentions inside open shadow roots (web components) are highlighted and reported,
// including nested components, text right under a root, components added later and text a component
// changes later; closed roots are left alone. Both renderers.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EVERY_MENTION, setSettings } from './page-snapshot.mjs';
import { framesOf, waitForScan } from './scan-state.mjs';
import { type ChromiumExtension, type FixtureServer, withChromium } from './sessions';

let ext: ChromiumExtension;
let server: FixtureServer;
withChromium((started) => ({ ext, server } = started));

/** The texts we show inside open shadow roots: painted ranges there, or marks there. */
const shownInShadows = (page: Page) =>
  page.evaluate(() => {
    const painted = [...(CSS.highlights.get('sino-soviet-notes') ?? [])]
      .filter((r) => r.startContainer.getRootNode() instanceof ShadowRoot)
      .map((r) => (r.startContainer.textContent ?? '').slice(r.startOffset, r.endOffset));
    const marks: string[] = [];
    const visit = (root: ParentNode) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName === 'mark' && el.getRootNode() instanceof ShadowRoot) marks.push(el.textContent ?? '');
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return [...painted, ...marks].sort();
  });

const reported = async (tabId: number) => {
  const frames = await framesOf(ext.worker, tabId);
  return ((frames?.[0]?.mentions ?? []) as { text: string }[]).map((m) => m.text).sort();
};

for (const renderer of ['paint', 'wrap'] as const) {
  describe(`open shadow roots, ${renderer === 'paint' ? 'painted' : 'wrapped'} highlights`, () => {
    beforeAll(async () => {
      await setSettings(ext.worker, { ...EVERY_MENTION, accessibleHighlights: renderer === 'wrap' });
    });

    it('highlights and reports mentions in open shadow roots, never in closed ones', async () => {
      const page = await ext.context.newPage();
      await page.goto(server.url(`/shadow.html?${renderer}`));
      const { tabId } = await waitForScan(ext.worker, page);
      const expected = ['Khrushchev', 'Mao Zedong', 'Zhou Enlai'];
      await expect.poll(() => shownInShadows(page), { timeout: 5000 }).toEqual(expected);
      await expect.poll(() => reported(tabId), { timeout: 5000 }).toEqual(expected);

      // A component added later, and text a component changes inside its root.
      await page.evaluate(() => {
        const card = document.createElement('story-card');
        card.setAttribute('text', 'Later, Stalin replied.');
        document.getElementById('later')?.append(card);
        const lead = document.getElementById('card')?.shadowRoot?.querySelector('.lead');
        if (lead) lead.textContent = 'In 1950 Mao Zedong and Zhou Enlai signed the treaty.';
      });
      const after = ['Khrushchev', 'Mao Zedong', 'Stalin', 'Zhou Enlai', 'Zhou Enlai'];
      await expect.poll(() => shownInShadows(page), { timeout: 5000 }).toEqual(after);
      await expect.poll(() => reported(tabId), { timeout: 5000 }).toEqual(after);
      await page.close();
    });
  });
}

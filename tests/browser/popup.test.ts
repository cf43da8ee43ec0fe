// The popup in Chromium with the built extension, opened as chrome-extension://ID/popup.html?tab=ID in a tab:
// what it lists for a real page, "show on page", the site switch, the context-menu lookup, pages without
// mentions, accessibility of every view, and how fast it draws on a page with 50 mentions.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPageAndPopup } from './popup-harness.mjs';
import { REPO } from './server.mjs';
import { type ChromiumExtension, type FixtureServer, withChromium } from './sessions';

let ext: ChromiumExtension;
let server: FixtureServer;
withChromium((started) => ({ ext, server } = started));

interface Listed {
  topic: string;
  count: number;
}

/** Opens a page, waits until the extension has read it, then opens the popup for its tab. */
const pageWithPopup = (path: string) => openPageAndPopup(ext, server.url(path));

const listed = (popup: Page): Promise<Listed[]> =>
  popup.$$eval('.page-topic', (rows) =>
    rows.map((r) => ({
      topic: (r as HTMLElement).dataset.topic ?? '',
      count: Number(r.querySelector<HTMLElement>('[data-count]')?.dataset.count),
    })),
  );

const highlightCount = (page: Page): Promise<number> =>
  page.evaluate(() => CSS.highlights.get('sino-soviet-notes')?.size ?? 0);

/** axe-core's serious and critical findings for the popup as it is now. */
async function seriousViolations(popup: Page): Promise<string[]> {
  if (!(await popup.evaluate(() => 'axe' in window))) {
    // Evaluated through DevTools: the extension's CSP (rightly) refuses an injected <script>.
    await popup.evaluate(await readFile(join(REPO, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  }
  return popup.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(ctx: Document): Promise<{ violations: { id: string; impact?: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    const { violations } = await axe.run(document);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

describe('the popup', () => {
  it('opens no tab by itself on install, and introduces the paper the first time it opens', async () => {
    const extensionTabs = ext.context.pages().filter((p) => p.url().startsWith('chrome-extension://'));
    expect(extensionTabs).toEqual([]);
    await ext.worker.evaluate(() => chrome.storage.sync.remove('introSeen'));
    const { page, popup } = await openPageAndPopup(ext, server.url('/popup-page.html?intro'), { intro: true });
    await popup.getByRole('heading', { name: 'What is this?' }).waitFor();
    expect(await popup.locator('.intro-points li').count()).toBe(5);
    expect(await popup.locator('.intro-paper').textContent()).toContain('XU Hao');
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.getByRole('button', { name: 'Start' }).click();
    await popup.locator('.page-point').first().waitFor();
    expect(await ext.worker.evaluate(async () => (await chrome.storage.sync.get('introSeen')).introSeen)).toBe(true);
    await popup.close();
    await page.close();
  });

  it("opens with the paper's points the page touches, then lists every topic with its count", async () => {
    const { page, popup, mentions } = await pageWithPopup('/popup-page.html');
    const expected: Listed[] = [];
    for (const m of mentions) {
      const seen = expected.find((e) => e.topic === m.topic);
      if (seen) seen.count += 1;
      else expected.push({ topic: m.topic, count: 1 });
    }
    expect(expected.map((e) => e.topic).slice(0, 3)).toEqual(['khrushchev', 'mao-zedong', 'stalin']);
    const byTopic = (list: Listed[]) => [...list].sort((a, b) => a.topic.localeCompare(b.topic));
    await expect.poll(async () => byTopic(await listed(popup))).toEqual(byTopic(expected));
    expect(expected.find((e) => e.topic === 'khrushchev')?.count).toBe(3);
    // The summer of 1958 paragraph and the December 1949 one: two of the paper's points, as the cards lead.
    const points = await popup.$$eval('.page-point', (rows) => rows.map((r) => (r as HTMLElement).dataset.thesis));
    expect(points.sort()).toEqual(['conclusion-sovereignty-equality', 'new-treaty-1950']);
    expect(mentions.map((m: { thesis?: string | null }) => m.thesis)).toContain('new-treaty-1950');
    // Page text is shown as text: the markup written on the page stays letters.
    await expect
      .poll(() => popup.locator('.page-topic[data-topic="khrushchev"] q').first().textContent())
      .toContain('Khrushchev');
    expect(await popup.locator('.app img').count()).toBe(0);
    expect(await popup.title()).not.toBe('pwned');
    await popup.close();
    await page.close();
  });

  it('scrolls the page to a mention with "show on page", and steps to the others', async () => {
    const { page, popup } = await pageWithPopup('/popup-page.html?reveal');
    const row = popup.locator('.page-topic[data-topic="khrushchev"]');
    await row.waitFor();
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await row.getByRole('button', { name: 'Previous mention' }).click(); // from the start, back to the last one
    await expect.poll(() => row.locator('.reveal-status').textContent()).toBe('3 of 3');
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1500);
    const far = await page.evaluate(() => document.getElementById('far')?.getBoundingClientRect().top ?? -1);
    expect(far).toBeGreaterThanOrEqual(0);
    expect(far).toBeLessThan(900);
    await row.getByRole('button', { name: 'Next mention' }).click();
    await expect.poll(() => row.locator('.reveal-status').textContent()).toBe('1 of 3');
    await expect.poll(() => page.evaluate(() => scrollY)).toBeLessThan(500);
    await popup.close();
    await page.close();
  });

  it('switches highlighting off for the site at once, and back on', async () => {
    const { page, popup } = await pageWithPopup('/popup-page.html?switch');
    const before = await highlightCount(page);
    expect(before).toBeGreaterThan(0);
    const toggle = popup.getByRole('switch', { name: /Highlight topics on 127\.0\.0\.1/ });
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    await toggle.click();
    await expect.poll(() => highlightCount(page)).toBe(0);
    await expect.poll(() => popup.locator('.page-status').textContent()).toContain('Highlighting is off on this site');
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    await toggle.click();
    await expect.poll(() => highlightCount(page)).toBe(before);
    await expect.poll(() => listed(popup).then((l) => l.length)).toBeGreaterThan(0);
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    await popup.close();
    await page.close();
  });

  it('registers the context-menu item and opens lookup with the selected text', async () => {
    // contextMenus has no getter: update() succeeds only for an item that exists.
    const updateMenu = () =>
      ext.worker.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const menus = (
              globalThis as unknown as {
                chrome: {
                  contextMenus: { update(id: string, p: object, cb: () => void): void };
                  runtime: { lastError?: { message?: string } };
                };
              }
            ).chrome;
            menus.contextMenus.update('ssn-lookup-selection', {}, () =>
              resolve(menus.runtime.lastError?.message ?? 'ok'),
            );
          }),
      );
    await expect.poll(updateMenu, { timeout: 10_000 }).toBe('ok');

    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?lookup=${encodeURIComponent('khrushchov')}`);
    const input = popup.getByRole('combobox');
    await expect.poll(() => input.inputValue()).toBe('khrushchov');
    await expect.poll(() => popup.locator('[role="option"]').first().getAttribute('data-topic')).toBe('khrushchev');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('lookup-input');
    await input.press('Enter');
    await expect.poll(() => popup.locator('article.view-topic').getAttribute('data-topic')).toBe('khrushchev');
    await popup.close();
  });

  it('opens on lookup for a page without mentions, and explains a page it cannot read', async () => {
    const { page, popup } = await pageWithPopup('/popup-empty.html');
    await expect.poll(() => popup.locator('nav [aria-current="page"]').textContent()).toContain('Look up');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('lookup-input');
    expect(await popup.locator('.notice').textContent()).toContain('No Sino-Soviet topic');
    await popup.getByRole('combobox').fill('毛澤東');
    await expect.poll(() => popup.locator('[role="option"]').first().getAttribute('data-topic')).toBe('mao-zedong');
    await popup.close();
    await page.close();

    const tabIds = () => ext.worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id ?? -1));
    const before = await tabIds();
    const blank = await ext.context.newPage(); // no content script runs on about:blank
    const tabId = (await tabIds()).find((id) => !before.includes(id)) ?? -1;
    const unreadable = await ext.context.newPage();
    await unreadable.goto(ext.popupUrl(tabId));
    await expect
      .poll(() => unreadable.locator('.notice').textContent(), { timeout: 10_000 })
      .toContain('cannot read this page');
    await unreadable.close();
    await blank.close();
  });

  it('copies a citation of the paper to the clipboard, and opens a source in a new tab', async () => {
    const { page, popup } = await pageWithPopup('/popup-page.html');
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await popup.getByRole('button', { name: 'The paper', exact: true }).click();
    const shown = await popup.locator('[data-style="gbt7714"] pre').textContent();
    expect(shown).toBe('许浩. 毛泽东处理中苏关系的考量及其当代价值[J]. 湖南科技大学学报(社会科学版), 2022(6): 15-22.');
    await popup.getByRole('button', { name: 'Copy GB/T 7714-2015' }).click();
    await expect.poll(() => popup.locator('.copy-status').textContent()).toBe('GB/T 7714-2015 citation copied.');
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(shown);

    await popup.getByRole('button', { name: 'Timeline', exact: true }).click();
    const link = popup.locator('[data-evidence="1959-10-02-mao-khrushchev-clash"] .source-links a');
    expect(await link.getAttribute('href')).toBe('http://digitalarchive.wilsoncenter.org/document/112088');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toContain('noopener');
    await popup.close();
    await page.close();
  });

  it('has no serious or critical accessibility violations in any view, light or dark', async () => {
    const { page, popup } = await pageWithPopup('/popup-page.html?axe');
    await popup.locator('.page-topic').first().waitFor();
    const views: [string, () => Promise<void>][] = [
      ['on this page', async () => {}],
      ['topic', () => popup.locator('.page-topic .topic-name').first().click()],
      [
        'lookup',
        async () => {
          await popup.keyboard.press('/');
          await popup.getByRole('combobox').fill('stalin');
        },
      ],
      ['paper', () => popup.getByRole('button', { name: 'The paper', exact: true }).click()],
      ['timeline', () => popup.getByRole('button', { name: 'Timeline', exact: true }).click()],
    ];
    const found: string[] = [];
    for (const [name, show] of views) {
      await show();
      await popup.waitForTimeout(100);
      for (const colorScheme of ['light', 'dark'] as const) {
        await popup.emulateMedia({ colorScheme });
        for (const v of await seriousViolations(popup)) found.push(`${name}, ${colorScheme}: ${v}`);
      }
    }
    expect(found).toEqual([]);
    await popup.close();
    await page.close();
  });
});

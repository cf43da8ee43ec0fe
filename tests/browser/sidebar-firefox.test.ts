// The side panel as Firefox's sidebar (sidebar_action), in Firefox ESR over WebDriver BiDi. Automation
// cannot open the sidebar itself (sidebarAction.open wants the reader's gesture, and BiDi does not
// reach the sidebar's browser), so the sidebar's page is loaded in a moz-extension:// tab of the same
// window, where it runs the same code: it renders, follows the window's active tab, and lists the
// page's passage notes in its notes view, marked as attached.
import type { Browser, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { type FixtureServer, popupReachableAt, withFirefox } from './sessions';

const UUID = '0b7d4d8e-3f0a-4c55-8d61-7e2b9a1c4f30';

let browser: Browser;
let server: FixtureServer;
const reachable = popupReachableAt(UUID) ?? {};
withFirefox(
  ({ firefox, server: started }) => {
    browser = firefox.browser;
    server = started;
  },
  {
    launch: {
      ...reachable,
      editManifest: (manifest) => {
        reachable.editManifest?.(manifest);
        manifest.web_accessible_resources[0].resources.push('sidepanel.html');
      },
    },
  },
);

type Api = {
  tabs: {
    query(q: object): Promise<{ id: number; url: string; windowId: number }[]>;
    update(id: number, p: object): Promise<unknown>;
  };
  storage: { local: { set(items: object): Promise<void> } };
};

/** A tab moved to an extension page (a tab may not open one directly over BiDi). */
async function extensionTab(path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(server.url(`/basic.html?to-${path.replace(/\W/g, '')}`));
  await page.evaluate((u) => {
    location.href = u;
  }, `moz-extension://${UUID}/${path}`);
  await page.waitForFunction(() => typeof (globalThis as { browser?: unknown }).browser === 'object', {
    timeout: 20_000,
  });
  return page;
}

describe('Firefox ESR sidebar', () => {
  it('the sidebar page renders, follows the active tab and shows the page’s notes', async () => {
    const a = await browser.newPage();
    const urlA = server.url('/basic.html?sidebar-a');
    await a.goto(urlA);
    const b = await browser.newPage();
    const urlB = server.url('/basic.html?sidebar-b');
    await b.goto(urlB);
    const manifestHasSidebar = await (
      await extensionTab('popup.html?tab=0')
    ).evaluate(
      () =>
        (
          globalThis as unknown as {
            browser: { runtime: { getManifest(): { sidebar_action?: { default_panel: string } } } };
          }
        ).browser.runtime.getManifest().sidebar_action?.default_panel,
    );
    expect(manifestHasSidebar).toMatch(/\/sidepanel\.html$/);

    const panel = await extensionTab('sidepanel.html');
    await panel.waitForSelector('.panel', { timeout: 20_000 });
    const tabs = await panel.evaluate(
      async (urls) => {
        const api = (globalThis as unknown as { browser: Api }).browser;
        const all = await api.tabs.query({});
        return urls.map((u) => all.find((t) => t.url === u));
      },
      [urlA, urlB],
    );
    const [tabA, tabB] = tabs;
    expect(tabA && tabB).toBeTruthy();
    // A passage note on page A, stored as the notes view reads it.
    await panel.evaluate(async (url) => {
      const now = new Date().toISOString();
      await (globalThis as unknown as { browser: Api }).browser.storage.local.set({
        notes: [
          {
            id: 'ff-note',
            kind: 'passage',
            topic: null,
            evidence: null,
            url,
            title: 'Basic',
            quote: { exact: 'Stalin', prefix: '', suffix: '' },
            text: 'A note kept in Firefox',
            created: now,
            updated: now,
          },
        ],
      });
    }, urlA);

    const shownTab = () => panel.evaluate(() => document.querySelector('.panel')?.getAttribute('data-tab-id') ?? null);
    for (const target of [tabA!, tabB!, tabA!]) {
      await panel.evaluate(
        (id) => (globalThis as unknown as { browser: Api }).browser.tabs.update(id, { active: true }),
        target.id,
      );
      await expect.poll(shownTab, { timeout: 5000 }).toBe(String(target.id));
    }

    await panel.evaluate(() => (document.querySelector('#panel-tab-notes') as HTMLElement).click());
    await expect
      .poll(
        () =>
          panel.evaluate(
            () => document.querySelector('.page-notes [data-note-id="ff-note"]')?.getAttribute('data-state') ?? null,
          ),
        { timeout: 10_000 },
      )
      .toBe('attached');
    await Promise.all([a.close(), b.close(), panel.close()]);
  }, 120_000);
});

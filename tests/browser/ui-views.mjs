// Shared by tests/browser/ui-languages.test.ts and scripts/ui-language-screenshots.mjs: every popup view,
// the preview card and the options page, reached without naming a button in any one language.
import { openPageAndPopup } from './popup-harness.mjs';
import { cardNodes, pointOf, scanOfPage, waitForCard } from './preview-card.mjs';

export const UI_LANGS = ['en', 'zh-Hans', 'zh-Hant', 'ru'];

/** Popup views, each reached as a reader would from "On this page" (nav buttons by position). */
export const POPUP_VIEWS = [
  ['page', async () => {}],
  [
    'topic',
    async (popup) => {
      await popup.locator('.page-topic[data-topic="mao-zedong"] .topic-name').click();
      await popup.locator('details.thesis > summary').nth(1).click();
    },
  ],
  [
    'lookup',
    async (popup) => {
      await popup.locator('nav button').nth(1).click();
      await popup.getByRole('combobox').fill('Stalin');
    },
  ],
  ['paper', (popup) => popup.locator('nav button').nth(2).click()],
  ['timeline', (popup) => popup.locator('nav button').nth(3).click()],
  ['intro', (popup) => popup.locator('.intro-link').click()],
];

/** Sets the interface language the way the options page does (the settings item in storage.sync). */
export async function chooseLanguage(worker, language) {
  await worker.evaluate(async (l) => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...(settings ?? {}), language: l } });
  }, language);
}

/** Opens the popup fixture and its popup; resolves once the page view lists its topics. */
export async function openPopup(ext, server) {
  const opened = await openPageAndPopup(ext, server.url('/popup-page.html'));
  await opened.popup.locator('.page-topic').first().waitFor();
  return opened;
}

/** Opens the card of the 1950 "Mao Zedong" on the passages fixture; resolves with the page. */
export async function openCard(ext, server) {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto(server.url('/previews-passages.html'));
  await scanOfPage(ext.worker, page);
  await page.bringToFront();
  await page.locator('#p1950').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(200);
  const p = await pointOf(page, 'Mao Zedong', 1);
  await page.mouse.move(p.x, p.y);
  await waitForCard(page);
  return page;
}

/** The card's texts (text nodes, aria-label and title) with their language, read through the closed shadow root. */
export async function cardTexts(page) {
  const { cdp, card } = await cardNodes(page);
  await cdp.detach();
  const out = [];
  const attr = (node, name) => {
    const a = node.attributes ?? [];
    for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
    return undefined;
  };
  const walk = (node, lang, exempt) => {
    if (node.nodeType === 3) {
      out.push({ text: node.nodeValue, lang, exempt });
      return;
    }
    const own = attr(node, 'lang') ?? lang;
    const quoted = exempt || attr(node, 'data-citation') !== undefined;
    for (const name of ['aria-label', 'title']) {
      const value = attr(node, name);
      if (value) out.push({ text: value, lang: own, exempt: quoted });
    }
    for (const child of node.children ?? []) walk(child, own, quoted);
  };
  if (card) walk(card, 'en', false);
  return { texts: out, lang: card ? attr(card, 'lang') : undefined };
}

/** Opens the options page; resolves once its language menu is there. */
export async function openOptions(ext) {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await page.locator('select[name="language"]').waitFor();
  return page;
}

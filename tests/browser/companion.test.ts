// The research companion (issue 16) in Chromium: the side panel follows the window's active tab; a
// passage note survives a reload and is marked again, or is listed unattached when its text is gone;
// export → wipe → import gives the same store; a corrupt import changes nothing; the address bar's
// suggestions come from the lookup.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension } from './launch.mjs';
import { setSettings } from './page-snapshot.mjs';
import { tabIdOf, waitForScan } from './scan-state.mjs';
import { startServer } from './server.mjs';

let ext: Awaited<ReturnType<typeof launchWithExtension>>;
let server: Awaited<ReturnType<typeof startServer>>;
let changingText = 'In 1950 Mao Zedong signed the treaty in Moscow, and Stalin agreed to return the railway.';

const html = (title: string, body: string) => ({
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`,
});
function pages(url: URL) {
  if (url.pathname === '/c/a.html') return html('Page A', '<p>Khrushchev visited Beijing in 1958.</p>');
  if (url.pathname === '/c/b.html') return html('Page B', '<p>Stalin and Mao met in Moscow.</p>');
  if (url.pathname === '/c/changing.html') return html('Changing', `<p>${changingText}</p>`);
  return undefined;
}

beforeAll(async () => {
  server = await startServer({ extraHandler: pages });
  ext = await launchWithExtension();
  await setSettings(ext.worker, {});
  await ext.worker.evaluate(() => chrome.storage.sync.set({ introSeen: true }));
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** An extension page, to send the background the messages the panel and options send. */
async function extensionPage(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  return page;
}
const ask = (page: Page, type: string, payload: unknown) =>
  page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
const storeNow = () =>
  ext.worker.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    settings: (await chrome.storage.sync.get('settings')).settings,
  }));

async function openArticle(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await ext.context.newPage();
  const url = server.url(path);
  await page.goto(url);
  await waitForScan(ext.worker, page);
  return { page, tabId: await tabIdOf(ext.worker, url) };
}

it('the side panel follows the active tab of its window', async () => {
  const a = await openArticle('/c/a.html');
  const b = await openArticle('/c/b.html');
  const windowId = await ext.worker.evaluate(async (id) => (await chrome.tabs.get(id)).windowId, a.tabId);
  // The panel page in a window of its own, told which window to follow (a side panel follows its own).
  const opened = ext.context.waitForEvent('page');
  await ext.worker.evaluate(
    (u) => chrome.windows.create({ url: u, type: 'popup', width: 420, height: 800 }),
    `chrome-extension://${ext.extensionId}/sidepanel.html?window=${windowId}`,
  );
  const panel = await opened;
  const shownTab = () => panel.locator('.panel').getAttribute('data-tab-id');
  await expect.poll(shownTab).toBe(String(b.tabId));
  for (const target of [a, b, a]) {
    await ext.worker.evaluate((id) => chrome.tabs.update(id, { active: true }), target.tabId);
    await expect.poll(shownTab, { timeout: 2000 }).toBe(String(target.tabId));
  }
  // The reader view shows the followed page's topics.
  await expect.poll(() => panel.locator('main').innerText()).toMatch(/Khrushchev/);
  await panel.close();
  await a.page.close();
  await b.page.close();
});

it('a passage note survives a reload, is marked again, and is listed unattached once its text is gone', async () => {
  const { page, tabId } = await openArticle('/c/changing.html');
  await page.evaluate(() => {
    const text = document.querySelector('p')!.firstChild!;
    const start = text.textContent!.indexOf('Stalin agreed');
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + 'Stalin agreed to return the railway'.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  // The context menu's path: the frame's selection as a quote (content-notes.js), then a passage note.
  const quote = await ext.worker.evaluate(async (id) => {
    await chrome.scripting.executeScript({ target: { tabId: id }, files: ['content-notes.js'] });
    return chrome.tabs.sendMessage(id, { type: 'notes/selection', payload: {} });
  }, tabId);
  expect(quote).toMatchObject({ ok: true, value: { exact: 'Stalin agreed to return the railway' } });
  const options = await extensionPage();
  const added = (await ask(options, 'notes/add', {
    kind: 'passage',
    url: page.url(),
    title: 'Changing',
    quote: (quote as { value: unknown }).value,
    text: 'Return of the Chinese Changchun Railway',
  })) as { ok: boolean; value: { id: string } };
  expect(added.ok).toBe(true);
  const marked = () => page.evaluate(() => CSS.highlights.get('sino-soviet-notes-note')?.size ?? 0);

  await page.reload();
  await waitForScan(ext.worker, page);
  await expect.poll(marked, { timeout: 5000 }).toBe(1);
  expect(await ask(options, 'notes/page', { tabId })).toMatchObject({
    ok: true,
    value: { attached: [added.value.id] },
  });

  changingText = 'In 1950 Mao Zedong signed the treaty in Moscow. The railway question was settled later.';
  await page.reload();
  await waitForScan(ext.worker, page);
  const panel = await ext.context.newPage();
  await panel.goto(
    `chrome-extension://${ext.extensionId}/sidepanel.html?window=${await ext.worker.evaluate(async (id) => (await chrome.tabs.get(id)).windowId, tabId)}`,
  );
  await ext.worker.evaluate((id) => chrome.tabs.update(id, { active: true }), tabId);
  await panel.locator('#panel-tab-notes').click();
  const item = panel.locator(`.page-notes [data-note-id="${added.value.id}"]`);
  await expect.poll(() => item.getAttribute('data-state')).toBe('unattached');
  expect(await item.locator('.note-quote').innerText()).toBe('Stalin agreed to return the railway');
  expect(await marked()).toBe(0);
  // Never lost: the note is still stored, and listed among all notes.
  expect(await panel.locator(`.all-notes [data-note-id="${added.value.id}"]`).count()).toBe(1);
  await Promise.all([panel.close(), page.close(), options.close()]);
});

it('export → wipe → import gives an identical store, and a corrupt or foreign file changes nothing', async () => {
  const options = await extensionPage();
  await ask(options, 'notes/add', { kind: 'topic', topic: 'mao-zedong', text: 'Ноты и 札记' });
  await setSettings(ext.worker, {
    disabledHosts: [],
    accessibleHighlights: false,
    previews: true,
    hoverDelayMs: 700,
    language: 'auto',
    density: 'section',
    shownRegions: [],
    colours: {},
    trailEnabled: true,
  });
  const { page } = await openArticle('/c/b.html');
  await expect
    .poll(async () => ((await storeNow()).local.trail as unknown[] | undefined)?.length ?? 0)
    .toBeGreaterThan(0);
  const before = await storeNow();
  const exported = (await ask(options, 'backup/export', {})) as { value: { text: string } };

  await ext.worker.evaluate(async () => {
    await chrome.storage.local.clear();
    await chrome.storage.sync.remove('settings');
  });
  const report = await ask(options, 'backup/import', { text: exported.value.text, withSettings: true });
  expect(report).toMatchObject({ ok: true, value: { duplicates: 0, failed: 0 } });
  expect(await storeNow()).toEqual(before);

  for (const bad of [
    '{"notes": [',
    '{"format":"zotero","items":[]}',
    '[]',
    JSON.stringify({ ...JSON.parse(exported.value.text), version: 9 }),
  ]) {
    const refused = await ask(options, 'backup/import', { text: bad, withSettings: true });
    expect(refused).toMatchObject({ ok: false });
    expect(await storeNow()).toEqual(before);
  }
  // The options page says why, in words.
  await options.reload();
  await options
    .locator('.companion-export input[type="file"]')
    .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
  await expect
    .poll(() => options.locator('.companion-export .status').innerText())
    .toMatch(/not JSON; nothing was changed/);
  await options
    .locator('.companion-export input[type="file"]')
    .setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(exported.value.text) });
  await expect
    .poll(() => options.locator('.companion-export .status').innerText())
    .toMatch(/0 imported, \d+ duplicates skipped, 0 failed/);
  expect(await storeNow()).toEqual(before);
  await setSettings(ext.worker, {});
  await Promise.all([page.close(), options.close()]);
});

it('the address bar suggests topics from the popup’s lookup, in any script', async () => {
  const options = await extensionPage();
  for (const typed of ['khrushchov', '赫鲁晓夫', 'Хрущёв', 'zhenbaodao']) {
    const answer = (await ask(options, 'omnibox/suggest', { text: typed })) as {
      ok: boolean;
      value: { content: string }[];
    };
    expect(answer.ok, typed).toBe(true);
    expect(answer.value.length, typed).toBeGreaterThan(0);
  }
  const k = (await ask(options, 'omnibox/suggest', { text: 'khrushchov' })) as {
    value: { content: string; description: string }[];
  };
  expect(k.value[0]?.content).toMatch(/khrushchev/);
  const manifest = await ext.worker.evaluate(() => chrome.runtime.getManifest());
  expect((manifest as { omnibox?: { keyword: string } }).omnibox?.keyword).toBe('sino');
  await options.close();
});

it('Enter on the `sino` keyword opens the topic: in the side panel, or in a tab where the panel cannot open', async () => {
  // The listener the address bar calls, called from the worker: no gesture here, so Chromium refuses
  // the side panel and the topic view opens in a tab; the panel, when the reader opens it, shows the topic.
  const enter = (text: string) =>
    ext.worker.evaluate((t) => {
      const omnibox = (chrome as unknown as { omnibox: { onInputEntered: { dispatch(...a: string[]): void } } })
        .omnibox;
      omnibox.onInputEntered.dispatch(t, 'currentTab');
    }, text);
  const tabOpened = ext.context.waitForEvent('page', { timeout: 5000 });
  await enter('khrushchov');
  const tab = await tabOpened;
  await tab.waitForLoadState();
  expect(new URL(tab.url()).pathname).toBe('/popup.html');
  expect(new URL(tab.url()).searchParams.get('topic')).toMatch(/khrushchev/);
  await expect.poll(() => tab.locator('body').innerText()).toMatch(/Khrushchev/);
  const shown = await ext.worker.evaluate(async () => (await chrome.storage.session.get('panelTopic')).panelTopic);
  expect(shown).toMatchObject({ topic: new URL(tab.url()).searchParams.get('topic') });
  await tab.close();

  // An open panel shows the topic entered (it watches what it is asked to show).
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
  await panel.locator('.panel').waitFor();
  const fallback = ext.context.waitForEvent('page', { timeout: 5000 });
  await enter('Чжэньбао');
  await (await fallback).close();
  await expect.poll(() => panel.locator('main').innerText(), { timeout: 5000 }).toMatch(/Zhenbao/);
  await panel.close();

  // Nothing found: nothing opens.
  const before = ext.context.pages().length;
  await enter('zzzz-no-such-topic');
  await new Promise((r) => setTimeout(r, 500));
  expect(ext.context.pages().length).toBe(before);
});

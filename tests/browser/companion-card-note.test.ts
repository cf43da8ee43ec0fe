// "Add note" on a preview card (issue 16): the reader's click stores a passage note on the sentence the
// mention is in, with the card's topic, opens the side panel (or a tab) to write it, and the note is
// marked again after a reload. The card is in a closed shadow root: the test finds the button's box
// through the DevTools protocol and clicks there, as the reader's pointer would.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension } from './launch.mjs';
import { setSettings } from './page-snapshot.mjs';
import type { Frame, Page } from 'playwright-core';
import { cardBox, pointOf, scanOfPage, waitForCard } from './preview-card.mjs';
import { startServer } from './server.mjs';

let ext: Awaited<ReturnType<typeof launchWithExtension>>;
let server: Awaited<ReturnType<typeof startServer>>;

const SENTENCE = 'In 1950 Mao Zedong signed the treaty in Moscow.';
const FRAME_SENTENCE = 'Khrushchev flew to Beijing in 1958.';
function pages(url: URL) {
  const doc = (title: string, body: string) => ({
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`,
  });
  if (url.pathname === '/frame-host.html')
    return doc(
      'Frame host',
      '<p>The host page.</p><iframe id="inner" src="/frame-inner.html" width="700" height="640"></iframe>',
    );
  if (url.pathname === '/frame-inner.html')
    return doc('Inner', `<p>Talks failed. ${FRAME_SENTENCE} Nothing came of it.</p>`);
  if (url.pathname !== '/card-note.html') return undefined;
  return {
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Card note</title></head><body>
<h2>The alliance</h2><p>Talks lasted two months. ${SENTENCE} The railway came back later.</p></body></html>`,
  };
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

interface StoredNote {
  id: string;
  kind: string;
  topic: string | null;
  url: string | null;
  title: string | null;
  text: string;
  quote: { exact: string; prefix: string; suffix: string } | null;
}
const storedNotes = () =>
  ext.worker.evaluate(async () => ((await chrome.storage.local.get('notes')).notes ?? []) as StoredNote[]);

it("the card's Add note stores a passage note on the mention's sentence, which is marked again after a reload", async () => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/card-note.html'));
  const { mentions } = (await scanOfPage(ext.worker, page)) as { mentions: { topic: string; text: string }[] };
  const topic = mentions.find((m) => m.text === 'Mao Zedong')?.topic;
  expect(topic).toBeTruthy();

  const p = await pointOf(page, 'Mao Zedong');
  await page.mouse.move(p.x, p.y);
  await waitForCard(page);
  const button = await cardBox(page, 'add-note');
  expect(button).not.toBeNull();
  const pages = ext.context.pages().length;
  await page.mouse.click(button!.x + button!.width / 2, button!.y + button!.height / 2);

  await expect.poll(async () => (await storedNotes()).length, { timeout: 5000 }).toBe(1);
  const [note] = await storedNotes();
  expect(note).toMatchObject({
    kind: 'passage',
    topic,
    url: page.url(),
    title: 'Card note',
    text: '',
    quote: { exact: SENTENCE, prefix: expect.stringMatching(/two months\.$/), suffix: ' The railway came back later.' },
  });
  // The side panel opened (or, where the browser refused, a tab with the topic).
  const opened = await ext.worker.evaluate(async () => {
    const runtime = chrome.runtime as unknown as { getContexts(f: object): Promise<unknown[]> };
    return (await runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length;
  });
  expect(opened > 0 || ext.context.pages().length > pages).toBe(true);

  const marked = () => page.evaluate(() => CSS.highlights.get('sino-soviet-notes-note')?.size ?? 0);
  await expect.poll(marked, { timeout: 5000 }).toBe(1);
  await page.reload();
  await scanOfPage(ext.worker, page);
  await expect.poll(marked, { timeout: 5000 }).toBe(1);
  const markedText = await page.evaluate(() => {
    const range = [...(CSS.highlights.get('sino-soviet-notes-note') ?? [])][0];
    if (!range) return '';
    const r = document.createRange();
    r.setStart(range.startContainer, range.startOffset);
    r.setEnd(range.endContainer, range.endOffset);
    return r.toString();
  });
  expect(markedText).toBe(SENTENCE);
  await page.close();
});

/** The centre of the card's "Add note" button in a frame (closed shadow root: read through the DevTools protocol). */
async function addNoteButtonIn(page: Page): Promise<{ x: number; y: number } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type Node = {
      nodeName: string;
      attributes?: string[];
      backendNodeId: number;
      children?: Node[];
      shadowRoots?: Node[];
      contentDocument?: Node;
    };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
    const find = (n: Node): Node | null => {
      const attrs = n.attributes ?? [];
      for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === 'class' && attrs[i + 1] === 'add-note') return n;
      for (const c of [
        ...(n.children ?? []),
        ...(n.shadowRoots ?? []),
        ...(n.contentDocument ? [n.contentDocument] : []),
      ]) {
        const found = find(c);
        if (found) return found;
      }
      return null;
    };
    const button = find(root);
    if (!button) return null;
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as {
      model: { border: number[] };
    };
    const [x1 = 0, y1 = 0, x2 = 0, , , y3 = 0] = model.border;
    return { x: (x1 + x2) / 2, y: (y1 + y3) / 2 };
  } finally {
    await cdp.detach();
  }
}

it('a note made on a card inside a frame is kept with the frame’s address and marked again in that frame', async () => {
  await ext.worker.evaluate(() => chrome.storage.local.clear());
  const page = await ext.context.newPage();
  await page.goto(server.url('/frame-host.html'));
  const frame = (): Frame => page.frames().find((f) => f.url().endsWith('/frame-inner.html')) as Frame;
  await expect
    .poll(() => frame()?.evaluate(() => CSS.highlights.get('sino-soviet-notes')?.size ?? 0) ?? 0, { timeout: 20_000 })
    .toBeGreaterThan(0);
  const box = await page.locator('#inner').boundingBox();
  const inFrame = await frame().evaluate((needle) => {
    const text = [...document.querySelectorAll('p')]
      .map((p) => p.firstChild as Text)
      .find((t) => t.data.includes(needle))!;
    const range = document.createRange();
    const at = text.data.indexOf(needle);
    range.setStart(text, at);
    range.setEnd(text, at + needle.length);
    const r = range.getClientRects()[0]!;
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, 'Khrushchev');
  await page.mouse.move(box!.x + inFrame.x, box!.y + inFrame.y);
  await expect.poll(() => addNoteButtonIn(page), { timeout: 5000 }).not.toBeNull();
  const button = (await addNoteButtonIn(page))!;
  await page.mouse.click(button.x, button.y);

  await expect.poll(async () => (await storedNotes()).length, { timeout: 5000 }).toBe(1);
  const [note] = await storedNotes();
  expect(note).toMatchObject({
    kind: 'passage',
    url: server.url('/frame-inner.html'),
    quote: { exact: FRAME_SENTENCE },
  });
  const marked = () => frame().evaluate(() => CSS.highlights.get('sino-soviet-notes-note')?.size ?? 0);
  await expect.poll(marked, { timeout: 5000 }).toBe(1);
  await page.reload();
  await expect
    .poll(() => frame()?.evaluate(() => CSS.highlights.get('sino-soviet-notes-note')?.size ?? 0) ?? 0, {
      timeout: 20_000,
    })
    .toBe(1);
  expect(await page.evaluate(() => CSS.highlights.get('sino-soviet-notes-note')?.size ?? 0)).toBe(0);
  // The side panel lists it among the page's notes, as attached.
  const tabId = (await scanOfPage(ext.worker, page)).tabId as number;
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const listed = await options.evaluate(
    (id) => chrome.runtime.sendMessage({ type: 'notes/page', payload: { tabId: id } }),
    tabId,
  );
  expect(listed).toMatchObject({ ok: true, value: { notes: [{ id: note!.id }], attached: [note!.id] } });
  await Promise.all([page.close(), options.close()]);
});

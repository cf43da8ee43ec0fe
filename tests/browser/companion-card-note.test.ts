// "Add note" on a preview card (issue 16): the reader's click stores a passage note on the sentence the
// mention is in, with the card's topic, opens the side panel (or a tab) to write it, and the note is
// marked again after a reload. The card is in a closed shadow root: the test finds the button's box
// through the DevTools protocol and clicks there, as the reader's pointer would.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension } from './launch.mjs';
import { setSettings } from './page-snapshot.mjs';
import { cardBox, pointOf, scanOfPage, waitForCard } from './preview-card.mjs';
import { startServer } from './server.mjs';

let ext: Awaited<ReturnType<typeof launchWithExtension>>;
let server: Awaited<ReturnType<typeof startServer>>;

const SENTENCE = 'In 1950 Mao Zedong signed the treaty in Moscow.';
function pages(url: URL) {
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

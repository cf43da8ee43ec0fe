/**
 * Passage notes the reader starts in a page: "Add a note on this passage" (the context menu on selected
 * text) and a card's "Add note". The side panel opens at once (in the click's gesture), the note is
 * stored for the page with an empty text (the panel opens it for editing) and marked in the page.
 * A note made inside a frame keeps the frame's address (its passage is in that document) and the tab's
 * title; it is found again in whichever frame shows that address (attachInFrame).
 */
import { createNote } from '../core/notes';
import type { TextQuote } from '../core/text-quote';
import { askTab, type Tabs } from '../platform/browser';
import { loadNotes, saveNotes, serialStore } from './companion-store';
import type { BackgroundHandler } from './handler';
import { attachInFrame, withNotesScript } from './notes';
import { showInPanel } from './side-panel';

export async function noteOnSelection(
  tab: Tabs.Tab | undefined,
  frameId: number,
  frameUrl: string | undefined,
): Promise<void> {
  if (tab?.id === undefined || !tab.url) return;
  const tabId = tab.id;
  const opening = showInPanel(undefined, tab.windowId, tabId);
  const quote = await withNotesScript(tabId, frameId, () => askTab(tabId, 'notes/selection', {}, frameId)).catch(
    () => null,
  );
  if (quote) await addPassageNote(tab, { frameId, url: frameId === 0 ? tab.url : frameUrl }, quote, null);
  await opening;
}

async function addPassageNote(
  tab: Tabs.Tab,
  frame: { frameId: number; url: string | undefined },
  quote: TextQuote,
  topic: string | null,
): Promise<void> {
  const url = frame.url;
  if (tab.id === undefined || !url) return;
  const page = { url, title: tab.title ?? '' };
  await serialStore(async () => {
    const note = createNote({ kind: 'passage', ...page, quote, topic }, crypto.randomUUID(), new Date());
    await saveNotes([...(await loadNotes()), note]);
  });
  await attachInFrame(tab.id, frame.frameId, url);
}

export const cardNoteHandlers: { 'notes/add-passage': BackgroundHandler<'notes/add-passage'> } = {
  'notes/add-passage': async ({ topic, quote }, sender) => {
    const tab = sender.tab;
    if (tab?.id === undefined || !tab.url) throw new Error('a passage note comes from a page');
    const opening = showInPanel(topic, tab.windowId, tab.id);
    const frameId = sender.frameId ?? 0;
    await addPassageNote(tab, { frameId, url: frameId === 0 ? tab.url : sender.url }, quote, topic);
    return { opened: await opening };
  },
};

/**
 * Passage notes the reader starts in a page: "Add a note on this passage" (the context menu on selected
 * text) and a card's "Add note". The side panel opens at once (in the click's gesture), the note is
 * stored for the page with an empty text (the panel opens it for editing) and marked in the page.
 * Inside an iframe the note is still keyed to the tab's (top) page and only the top frame is searched
 * for it, so it is listed unattached (never lost): re-attaching in frames needs the frame's own address
 * stored and each frame searched (scripting with allFrames), not done yet.
 */
import { createNote } from '../core/notes';
import type { TextQuote } from '../core/text-quote';
import { askTab, type Tabs } from '../platform/browser';
import { loadNotes, saveNotes, serialStore } from './companion-store';
import type { BackgroundHandler } from './handler';
import { attachInTab, withNotesScript } from './notes';
import { showInPanel } from './side-panel';

export async function noteOnSelection(tab: Tabs.Tab | undefined, frameId: number): Promise<void> {
  if (tab?.id === undefined || !tab.url) return;
  const tabId = tab.id;
  const opening = showInPanel(undefined, tab.windowId, tabId);
  const quote = await withNotesScript(tabId, frameId, () => askTab(tabId, 'notes/selection', {}, frameId)).catch(
    () => null,
  );
  if (quote) await addPassageNote(tab, quote, null);
  await opening;
}

async function addPassageNote(tab: Tabs.Tab, quote: TextQuote, topic: string | null): Promise<void> {
  if (tab.id === undefined || !tab.url) return;
  const page = { url: tab.url, title: tab.title ?? '' };
  await serialStore(async () => {
    const note = createNote({ kind: 'passage', ...page, quote, topic }, crypto.randomUUID(), new Date());
    await saveNotes([...(await loadNotes()), note]);
  });
  await attachInTab(tab.id);
}

export const cardNoteHandlers: { 'notes/add-passage': BackgroundHandler<'notes/add-passage'> } = {
  'notes/add-passage': async ({ topic, quote }, sender) => {
    const tab = sender.tab;
    if (tab?.id === undefined || !tab.url) throw new Error('a passage note comes from a page');
    const opening = showInPanel(topic, tab.windowId, tab.id);
    await addPassageNote(tab, quote, topic);
    return { opened: await opening };
  },
};

/**
 * "Add a note on this passage" (the context menu on selected text): the side panel opens at once (in the
 * click's gesture), the frame gives its selection as a quote, and a passage note is stored for the page.
 */
import { createNote } from '../core/notes';
import { askTab, type Tabs } from '../platform/browser';
import { loadNotes, saveNotes, serialStore } from './companion-store';
import { attachInTab, withNotesScript } from './notes';
import { showInPanel } from './side-panel';

export async function noteOnSelection(tab: Tabs.Tab | undefined, frameId: number): Promise<void> {
  if (tab?.id === undefined || !tab.url) return;
  const tabId = tab.id;
  const opening = showInPanel(undefined, tab.windowId, tabId);
  const quote = await withNotesScript(tabId, frameId, () => askTab(tabId, 'notes/selection', {}, frameId)).catch(
    () => null,
  );
  if (quote) {
    await serialStore(async () => {
      const note = createNote(
        { kind: 'passage', url: tab.url, title: tab.title ?? '', quote },
        crypto.randomUUID(),
        new Date(),
      );
      await saveNotes([...(await loadNotes()), note]);
    });
    await attachInTab(tabId);
  }
  await opening;
}

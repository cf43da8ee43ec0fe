/** Notes: add, edit, delete, list, and a tab's passage notes re-attached in its page. */
import { createNote, editNote, notesForPage, type Note } from '../core/notes';
import { askTab, ext } from '../platform/browser';
import type { CompanionHandler } from './handler';
import { injectScript } from '../platform/inject';
import { loadNotes, saveNotes, serialStore } from './companion-store';
import { tabStateKey } from '../shared/storage-keys';

const handlers: {
  'notes/list': CompanionHandler<'notes/list'>;
  'notes/add': CompanionHandler<'notes/add'>;
  'notes/edit': CompanionHandler<'notes/edit'>;
  'notes/delete': CompanionHandler<'notes/delete'>;
  'notes/page': CompanionHandler<'notes/page'>;
} = {
  'notes/list': () => loadNotes(),
  'notes/add': (input, sender) =>
    serialStore(async () => {
      // A content script speaks for its own tab: the page is the tab's, not what the message claims.
      // (Extension pages open in tabs too; they name the page they mean.)
      const fromPage = sender.tab && !sender.url?.startsWith(ext.runtime.getURL(''));
      const page = fromPage ? { url: sender.tab?.url ?? null, title: sender.tab?.title ?? null } : {};
      const note = createNote({ ...input, ...page }, crypto.randomUUID(), new Date());
      await saveNotes([...(await loadNotes()), note]);
      if (note.kind === 'passage' && fromPage && sender.tab?.id !== undefined) void attachInTab(sender.tab.id);
      return note;
    }),
  'notes/edit': ({ id, text }) =>
    serialStore(async () => {
      const notes = await loadNotes();
      const at = notes.findIndex((n) => n.id === id);
      const old = notes[at];
      if (!old) throw new Error('no such note');
      const note = editNote(old, text, new Date());
      notes[at] = note;
      await saveNotes(notes);
      return note;
    }),
  'notes/delete': ({ id }) =>
    serialStore(async () => {
      await saveNotes((await loadNotes()).filter((n) => n.id !== id));
      return null;
    }),
  'notes/page': async ({ tabId }) => {
    const tab = await ext.tabs.get(tabId);
    const url = tab.url ?? '';
    const all = await loadNotes();
    const notes = url ? notesForPage(all, url) : [];
    const attached = await anchorInTab(tabId, notes);
    // Notes made inside the page's frames belong to the page too, each found in its own frame.
    for (const frame of await subframesOf(tabId)) {
      const inFrame = notesForPage(all, frame.url).filter((n) => !notes.includes(n));
      if (inFrame.length === 0) continue;
      notes.push(...inFrame);
      attached.push(...(await anchorInTab(tabId, inFrame, frame.frameId)));
    }
    return { url, notes, attached };
  },
};
export const noteHandlers = handlers;

/** The tab's frames other than the top one, as they last reported (storage.session, see tab-state.ts). */
async function subframesOf(tabId: number): Promise<{ frameId: number; url: string }[]> {
  const stored: unknown = (await ext.storage.session.get(tabStateKey(tabId)))[tabStateKey(tabId)];
  if (typeof stored !== 'object' || stored === null) return [];
  return Object.entries(stored as Record<string, { url?: unknown }>).flatMap(([id, frame]) =>
    Number(id) !== 0 && typeof frame?.url === 'string' ? [{ frameId: Number(id), url: frame.url }] : [],
  );
}

async function anchorInTab(tabId: number, notes: readonly Note[], frameId = 0): Promise<string[]> {
  const passages = notes.flatMap((n) => (n.kind === 'passage' && n.quote ? [{ id: n.id, quote: n.quote }] : []));
  if (passages.length === 0) return [];
  // A page we may not run in (or still loading) has attached nothing yet.
  return withNotesScript(tabId, frameId, () => askTab(tabId, 'notes/anchor', { notes: passages }, frameId)).then(
    (r) => r.attached,
    () => [],
  );
}

/** Marks the page's passage notes in a tab (after a load, or a note just added there). */
export async function attachInTab(tabId: number): Promise<void> {
  const tab = await ext.tabs.get(tabId).catch(() => null);
  if (!tab?.url) return;
  const notes = notesForPage(await loadNotes(), tab.url);
  if (notes.some((n) => n.kind === 'passage')) await anchorInTab(tabId, notes);
}

/**
 * Marks a frame's passage notes: notes made inside a frame keep the frame's own address, and are found
 * again in the frame showing that address (after it reports its scan, or a note just added there).
 */
export async function attachInFrame(tabId: number, frameId: number, url: string): Promise<void> {
  if (frameId === 0) return attachInTab(tabId);
  const notes = notesForPage(await loadNotes(), url);
  if (notes.some((n) => n.kind === 'passage')) await anchorInTab(tabId, notes, frameId);
}

/** Runs a request to the frame's notes script, loading content-notes.js into the frame first. */
export async function withNotesScript<T>(tabId: number, frameId: number, ask: () => Promise<T>): Promise<T> {
  await injectScript(tabId, frameId, 'content-notes.js');
  return ask();
}

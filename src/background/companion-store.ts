/**
 * The reader's notes and trail in storage.local (never synced), read and written one change at a time
 * so two notes saved at once cannot overwrite each other.
 */
import { isNote, isTrailRecord, type Store } from '../core/backup';
import type { Note } from '../core/notes';
import { parseSettings, type Settings } from '../core/settings';
import { withSearchKeys, type TrailRecord } from '../core/trail';
import { ext } from '../platform/browser';
import { NOTES_KEY, SETTINGS_KEY, TRAIL_KEY } from '../shared/storage-keys';

let queue: Promise<unknown> = Promise.resolve();
/** Runs store changes one after another. */
export function serialStore<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

export async function loadNotes(): Promise<Note[]> {
  const stored: unknown = (await ext.storage.local.get(NOTES_KEY))[NOTES_KEY];
  return Array.isArray(stored) ? stored.filter(isNote) : [];
}

export async function saveNotes(notes: readonly Note[]): Promise<void> {
  await ext.storage.local.set({ [NOTES_KEY]: notes });
}

export async function loadTrail(): Promise<TrailRecord[]> {
  const stored: unknown = (await ext.storage.local.get(TRAIL_KEY))[TRAIL_KEY];
  return Array.isArray(stored) ? stored.filter(isTrailRecord) : [];
}

/** Records kept from before search keys were stored get theirs on the first write. */
export async function saveTrail(trail: readonly TrailRecord[]): Promise<void> {
  await ext.storage.local.set({ [TRAIL_KEY]: withSearchKeys(trail) });
}

/** The settings item as stored (site switches live in their own shards and are not part of a backup). */
export async function loadSettingsItem(): Promise<Settings> {
  return parseSettings((await ext.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export async function loadStore(): Promise<Store> {
  const [notes, trail, settings] = await Promise.all([loadNotes(), loadTrail(), loadSettingsItem()]);
  return { notes, trail, settings };
}

export async function saveStore(store: Store): Promise<void> {
  await Promise.all([
    saveNotes(store.notes),
    saveTrail(store.trail),
    ext.storage.sync.set({ [SETTINGS_KEY]: store.settings }),
  ]);
}

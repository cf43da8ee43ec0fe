/**
 * The versioned JSON backup of everything the reader keeps (notes, trail, settings), and its import:
 * a file that is not ours, or not a version we read, is refused whole with a clear reason and nothing
 * changes; in a file of ours, items already held are skipped and malformed items counted as failed.
 */
import { parseSettings, type Settings } from './settings';
import { NOTE_KINDS, type Note } from './notes';
import type { TrailRecord } from './trail';
import { MAX_TRAIL, searchKey, trailId } from './trail';
import type { TextQuote } from './text-quote';

export const BACKUP_FORMAT = 'sino-soviet-notes-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exported: string;
  notes: Note[];
  trail: TrailRecord[];
  settings: Settings;
}

export interface Store {
  notes: readonly Note[];
  trail: readonly TrailRecord[];
  settings: Settings;
}

export function makeBackup(store: Store, now: Date): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exported: now.toISOString(),
    notes: [...store.notes],
    // The stored search key is derived: left out, so a backup holds only what the reader kept.
    trail: store.trail.map(({ folded: _derived, ...record }) => record),
    settings: store.settings,
  };
}

export function backupText(store: Store, now: Date): string {
  return JSON.stringify(makeBackup(store, now), null, 2);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max = 100_000): v is string => typeof v === 'string' && v.length <= max;
const isStrOrNull = (v: unknown): v is string | null => v === null || isStr(v);
const isIso = (v: unknown): v is string => isStr(v, 40) && !Number.isNaN(Date.parse(v));

function isQuote(v: unknown): v is TextQuote {
  return isObject(v) && isStr(v.exact) && v.exact.length > 0 && isStr(v.prefix, 200) && isStr(v.suffix, 200);
}

export function isNote(v: unknown): v is Note {
  if (!isObject(v)) return false;
  if (!isStr(v.id, 100) || !v.id || !(NOTE_KINDS as readonly unknown[]).includes(v.kind)) return false;
  if (!isStrOrNull(v.topic) || !isStrOrNull(v.evidence) || !isStrOrNull(v.url) || !isStrOrNull(v.title)) return false;
  if (!(v.quote === null || isQuote(v.quote)) || !isStr(v.text) || !isIso(v.created) || !isIso(v.updated)) return false;
  if (v.kind === 'passage') return isQuote(v.quote) && typeof v.url === 'string';
  if (v.kind === 'topic') return typeof v.topic === 'string';
  return typeof v.evidence === 'string';
}

export function isTrailRecord(v: unknown): v is TrailRecord {
  if (!isObject(v)) return false;
  const fields = ['topic', 'url', 'title', 'day', 'before', 'mention', 'after'] as const;
  if (!fields.every((f) => isStr(v[f], 2000)) || !(v.folded === undefined || isStr(v.folded, 4000))) return false;
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(v.day as string) && v.id === trailId(v.day as string, v.topic as string, v.url as string)
  );
}

export type ParsedBackup =
  { ok: true; backup: { notes: unknown[]; trail: unknown[]; settings: unknown } } | { ok: false; error: ImportError };
export type ImportError = 'not-json' | 'not-ours' | 'newer-version' | 'malformed';

/** Reads a file's text: only the envelope decides whether it is ours; items are judged one by one on merge. */
export function parseBackup(text: string): ParsedBackup {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (!isObject(data) || data.format !== BACKUP_FORMAT) return { ok: false, error: 'not-ours' };
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1)
    return { ok: false, error: 'malformed' };
  if (data.version > BACKUP_VERSION) return { ok: false, error: 'newer-version' };
  if (
    !Array.isArray(data.notes) ||
    !Array.isArray(data.trail) ||
    !(data.settings === undefined || isObject(data.settings))
  ) {
    return { ok: false, error: 'malformed' };
  }
  return { ok: true, backup: { notes: data.notes, trail: data.trail, settings: data.settings } };
}

export interface ImportReport {
  imported: number;
  duplicates: number;
  failed: number;
}

/** Same note: same id, or the same words on the same target (a backup imported into another profile). */
function noteIdentity(n: Note): string {
  return JSON.stringify([n.kind, n.topic, n.evidence, n.url, n.quote?.exact ?? null, n.text, n.created]);
}

/**
 * The store with the backup's new items added. Settings are taken from the backup (parsed tolerantly)
 * only when `withSettings`; the reader's own stay otherwise.
 */
export function mergeBackup(
  store: Store,
  backup: { notes: unknown[]; trail: unknown[]; settings: unknown },
  withSettings: boolean,
): { store: Store; report: ImportReport } {
  const report: ImportReport = { imported: 0, duplicates: 0, failed: 0 };
  const ids = new Set(store.notes.map((n) => n.id));
  const identities = new Set(store.notes.map(noteIdentity));
  const notes = [...store.notes];
  for (const item of backup.notes) {
    if (!isNote(item)) report.failed++;
    else if (ids.has(item.id) || identities.has(noteIdentity(item))) report.duplicates++;
    else {
      const note: Note = {
        ...item,
        quote: item.quote && { exact: item.quote.exact, prefix: item.quote.prefix, suffix: item.quote.suffix },
      };
      notes.push(note);
      ids.add(note.id);
      identities.add(noteIdentity(note));
      report.imported++;
    }
  }
  const trailIds = new Set(store.trail.map((r) => r.id));
  const trail = [...store.trail];
  for (const item of backup.trail) {
    if (!isTrailRecord(item)) report.failed++;
    else if (trailIds.has(item.id)) report.duplicates++;
    else {
      const { id, topic, url, title, day, before, mention, after } = item;
      const record = { id, topic, url, title, day, before, mention, after };
      trail.push({ ...record, folded: searchKey(record) });
      trailIds.add(id);
      report.imported++;
    }
  }
  trail.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const settings = withSettings && backup.settings !== undefined ? parseSettings(backup.settings) : store.settings;
  return { store: { notes, trail: trail.slice(-MAX_TRAIL), settings }, report };
}

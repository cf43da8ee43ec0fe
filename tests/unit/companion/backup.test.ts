import { describe, expect, it } from 'vitest';
import { backupText, mergeBackup, parseBackup, type Store } from '../../../src/core/backup';
import { createNote } from '../../../src/core/notes';
import { recordSightings } from '../../../src/core/trail';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';

const t0 = new Date('2026-12-01T10:00:00Z');
const store: Store = {
  notes: [
    createNote({ kind: 'topic', topic: 'mao', text: '毛泽东 и Хрущёв' }, 'n1', t0),
    createNote(
      { kind: 'passage', url: 'https://x.org/a', title: 'A', quote: { exact: 'q', prefix: 'p', suffix: 's' } },
      'n2',
      t0,
    ),
  ],
  trail: recordSightings(
    [],
    { url: 'https://x.org/a', title: 'A' },
    [{ topic: 'mao', text: 'Mao', context: 'said Mao then' }],
    t0,
  ),
  settings: { ...DEFAULT_SETTINGS, trailEnabled: true, hoverDelayMs: 800 },
};
const empty: Store = { notes: [], trail: [], settings: DEFAULT_SETTINGS };

function importInto(target: Store, text: string, withSettings = true) {
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return mergeBackup(target, parsed.backup, withSettings);
}

describe('backup', () => {
  it('export → wipe → import gives the same store', () => {
    const { store: back, report } = importInto(empty, backupText(store, t0));
    expect(back).toEqual(store);
    expect(report).toEqual({ imported: 3, duplicates: 0, failed: 0 });
  });

  it('leaves the derived search key out of the file and rebuilds it on import, also from older backups', () => {
    const file = JSON.parse(backupText(store, t0)) as { trail: Record<string, unknown>[] };
    expect(store.trail[0]?.folded).toBe('a said mao then');
    expect(file.trail[0]).not.toHaveProperty('folded');
    // A version-1 backup written before keys existed has the same shape: it imports with keys.
    expect(importInto(empty, JSON.stringify(file)).store.trail[0]?.folded).toBe('a said mao then');
  });

  it('importing again skips every item as a duplicate', () => {
    const { store: again, report } = importInto(store, backupText(store, t0));
    expect(again.notes).toEqual(store.notes);
    expect(again.trail).toEqual(store.trail);
    expect(report).toEqual({ imported: 0, duplicates: 3, failed: 0 });
  });

  it('a note with a new id but the same content is a duplicate too', () => {
    const copy = JSON.parse(backupText(store, t0)) as { notes: { id: string }[] };
    copy.notes[0]!.id = 'other';
    expect(importInto(store, JSON.stringify(copy)).report.duplicates).toBe(3);
  });

  it('counts malformed items as failed and imports the rest', () => {
    const file = JSON.parse(backupText(store, t0)) as { notes: unknown[]; trail: unknown[] };
    file.notes.push({ id: 'bad', kind: 'passage', text: 'no quote' }, 42);
    file.trail.push({ ...(file.trail[0] as object), id: 'forged' });
    const { store: merged, report } = importInto(empty, JSON.stringify(file));
    expect(report).toEqual({ imported: 3, duplicates: 0, failed: 3 });
    expect(merged.notes).toHaveLength(2);
  });

  it('refuses files that are not ours, newer, or corrupt, with a reason', () => {
    expect(parseBackup('{"notes": [')).toEqual({ ok: false, error: 'not-json' });
    expect(parseBackup('[1,2]')).toEqual({ ok: false, error: 'not-ours' });
    expect(parseBackup('{"format":"zotero"}')).toEqual({ ok: false, error: 'not-ours' });
    const ours = JSON.parse(backupText(store, t0)) as Record<string, unknown>;
    expect(parseBackup(JSON.stringify({ ...ours, version: 99 }))).toEqual({ ok: false, error: 'newer-version' });
    expect(parseBackup(JSON.stringify({ ...ours, notes: 'x' }))).toEqual({ ok: false, error: 'malformed' });
    expect(parseBackup(`\uFEFF${backupText(store, t0)}`).ok).toBe(true);
  });

  it('keeps the reader’s settings unless asked to take the file’s, and parses them tolerantly', () => {
    expect(importInto(empty, backupText(store, t0), false).store.settings).toEqual(DEFAULT_SETTINGS);
    const odd = JSON.parse(backupText(store, t0)) as Record<string, unknown>;
    odd.settings = { hoverDelayMs: 'slow', trailEnabled: 'yes' };
    expect(importInto(empty, JSON.stringify(odd)).store.settings).toEqual(DEFAULT_SETTINGS);
  });
});

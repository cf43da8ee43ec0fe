import { describe, expect, it } from 'vitest';
import { byUpdated, createNote, editNote, notesForPage, pageKey, searchNotes } from '../../../src/core/notes';

const t0 = new Date('2026-12-01T10:00:00Z');
const t1 = new Date('2026-12-02T10:00:00Z');

describe('notes', () => {
  it('creates the three kinds and refuses a note without its target', () => {
    const quote = { exact: 'headed by the Soviet Union', prefix: 'camp ', suffix: '.' };
    const p = createNote({ kind: 'passage', url: 'https://x.org/a#s2', title: 'A', quote, topic: 'mao' }, 'n1', t0);
    expect(p).toMatchObject({
      id: 'n1',
      url: 'https://x.org/a',
      quote,
      created: t0.toISOString(),
      updated: t0.toISOString(),
    });
    expect(() => createNote({ kind: 'passage', url: 'https://x.org/a' }, 'n2', t0)).toThrow();
    expect(() => createNote({ kind: 'topic' }, 'n3', t0)).toThrow();
    expect(() => createNote({ kind: 'evidence', topic: 'mao' }, 'n4', t0)).toThrow();
    expect(createNote({ kind: 'evidence', evidence: 'e1' }, 'n5', t0).evidence).toBe('e1');
  });

  it('edits keep the creation time and move the update time', () => {
    const n = createNote({ kind: 'topic', topic: 'mao', text: 'a' }, 'n1', t0);
    const e = editNote(n, 'b', t1);
    expect(e).toMatchObject({ text: 'b', created: t0.toISOString(), updated: t1.toISOString() });
    expect(byUpdated([n, e])[0]).toBe(e);
  });

  it('finds a page’s notes whatever its fragment', () => {
    const n = createNote(
      { kind: 'passage', url: 'https://x.org/a', title: 'A', quote: { exact: 'q', prefix: '', suffix: '' } },
      'n1',
      t0,
    );
    expect(notesForPage([n], 'https://x.org/a#top')).toEqual([n]);
    expect(notesForPage([n], 'https://x.org/b')).toEqual([]);
    expect(pageKey('not a url')).toBe('not a url');
  });

  it('searches words, quotes and topic labels, folded (case, tones, ё)', () => {
    const a = createNote({ kind: 'topic', topic: 'khrushchev', text: 'Secret speech, 1956' }, 'a', t0);
    const b = createNote(
      {
        kind: 'passage',
        url: 'https://x.org',
        title: 'Хрущёв',
        quote: { exact: 'Máo Zédōng', prefix: '', suffix: '' },
      },
      'b',
      t0,
    );
    const label = (id: string) => (id === 'khrushchev' ? 'Nikita Khrushchev' : id);
    expect(searchNotes([a, b], 'SECRET 1956', label)).toEqual([a]);
    expect(searchNotes([a, b], 'nikita', label)).toEqual([a]);
    expect(searchNotes([a, b], 'mao zedong', label)).toEqual([b]);
    expect(searchNotes([a, b], 'хрущев', label)).toEqual([b]);
    expect(searchNotes([a, b], '  ', label)).toEqual([a, b]);
  });
});

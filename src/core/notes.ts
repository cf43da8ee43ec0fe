/**
 * The reader's notes: on a topic, on an evidence item, or on a passage of a page (with its quote).
 * Pure: ids and clocks are handed in, so tests and imports are reproducible.
 */
import { fold } from './fold';
import { MAX_QUOTE, type TextQuote } from './text-quote';

export const NOTE_KINDS = ['topic', 'evidence', 'passage'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];
/** A note's own words are kept to a length a note has (the store must stay small). */
export const MAX_NOTE_TEXT = 20_000;

export interface Note {
  id: string;
  kind: NoteKind;
  /** The topic it is about (null for a passage note on no particular topic). */
  topic: string | null;
  /** An evidence item's id, for evidence notes. */
  evidence: string | null;
  /** The page it was written on, and its title then (passage notes always have both). */
  url: string | null;
  title: string | null;
  quote: TextQuote | null;
  text: string;
  /** ISO 8601 times. */
  created: string;
  updated: string;
}

export interface NewNote {
  kind: NoteKind;
  topic?: string | null;
  evidence?: string | null;
  url?: string | null;
  title?: string | null;
  quote?: TextQuote | null;
  text?: string;
}

export function createNote(input: NewNote, id: string, now: Date): Note {
  if (input.kind === 'passage' && (!input.quote?.exact || !input.url))
    throw new Error('a passage note needs a quote and a page');
  if (input.kind === 'topic' && !input.topic) throw new Error('a topic note needs a topic');
  if (input.kind === 'evidence' && !input.evidence) throw new Error('an evidence note needs an evidence item');
  const time = now.toISOString();
  return {
    id,
    kind: input.kind,
    topic: input.topic ?? null,
    evidence: input.evidence ?? null,
    url: input.url ? pageKey(input.url) : null,
    title: input.title ?? null,
    quote: input.quote
      ? { exact: input.quote.exact.slice(0, MAX_QUOTE), prefix: input.quote.prefix, suffix: input.quote.suffix }
      : null,
    text: (input.text ?? '').slice(0, MAX_NOTE_TEXT),
    created: time,
    updated: time,
  };
}

export function editNote(note: Note, text: string, now: Date): Note {
  return { ...note, text: text.slice(0, MAX_NOTE_TEXT), updated: now.toISOString() };
}

/** A page's address as notes and the trail keep it: without the #fragment, which names no other page. */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

export function notesForPage(notes: readonly Note[], url: string): Note[] {
  const key = pageKey(url);
  return notes.filter((n) => n.url === key);
}

/** Notes whose words, quote, title, address or topic label contain every word of the query (folded). */
export function searchNotes(
  notes: readonly Note[],
  query: string,
  topicLabel: (id: string) => string = (id) => id,
): Note[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...notes];
  return notes.filter((note) => {
    const hay = fold(
      [note.text, note.quote?.exact, note.title, note.url, note.topic && topicLabel(note.topic), note.evidence]
        .filter(Boolean)
        .join('\n'),
    );
    return words.every((w) => hay.includes(w));
  });
}

/** Newest first, by last change. */
export function byUpdated(notes: readonly Note[]): Note[] {
  return [...notes].sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0));
}

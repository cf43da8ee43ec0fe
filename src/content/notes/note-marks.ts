/**
 * Passage notes in the page: found again by their quotes and painted with their own highlight
 * (the marker), and the reader’s selection turned into a quote for a new note. In any frame: a note
 * made inside a frame is keyed to that frame’s address.
 */
import { anchorQuote, describeQuote, type TextQuote } from '../../core/text-quote';
import { answerContentRequests } from '../../platform/browser';
import { offsetOf, rangeOf, readPageText } from './page-text';

/** The highlight's name: pages see CSS.highlights too, so it says whose it is. */
export const NOTE_HIGHLIGHT = 'sino-soviet-notes-note';

export function anchorNotes(notes: readonly { id: string; quote: TextQuote }[], doc: Document = document): string[] {
  if (!doc.body) return [];
  const page = readPageText(doc.body);
  const attached: string[] = [];
  const ranges: StaticRange[] = [];
  for (const note of notes) {
    const at = anchorQuote(page.text, note.quote);
    const range = at && rangeOf(page, at.start, at.end);
    if (!range) continue;
    attached.push(note.id);
    ranges.push(range);
  }
  const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  if (registry && typeof Highlight === 'function') {
    if (ranges.length > 0) registry.set(NOTE_HIGHLIGHT, new Highlight(...ranges));
    else registry.delete(NOTE_HIGHLIGHT);
  }
  return attached;
}

export function selectionQuote(doc: Document = document): TextQuote | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed || !doc.body) return null;
  const range = selection.getRangeAt(0);
  const page = readPageText(doc.body);
  const start = offsetOf(page, range.startContainer, range.startOffset);
  const end = offsetOf(page, range.endContainer, range.endOffset);
  if (start < 0 || end <= start) return null;
  const quote = describeQuote(page.text, start, end);
  return quote.exact ? quote : null;
}

export function listenForNotes(): void {
  answerContentRequests({
    'notes/anchor': ({ notes }) => ({ attached: anchorNotes(notes) }),
    'notes/selection': () => selectionQuote(),
  });
}

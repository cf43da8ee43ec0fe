/**
 * The passage around a mention, as the content script sends it with a preview request and a report:
 * the mention's sentence, its block (paragraph, list item, cell) and the nearest heading above, each
 * cut to a bound so a message stays small whatever the page holds.
 */
export interface Passage {
  sentence: string;
  block: string;
  heading: string;
}

export const PASSAGE_LIMITS = { sentence: 300, block: 1000, heading: 200 } as const;

export const EMPTY_PASSAGE: Passage = { sentence: '', block: '', heading: '' };

// A sentence ends at . ! ? (followed by space) or at a Chinese full stop, ! or ?, or a semicolon in either.
const SENTENCE_END = /[.!?;](?=\s)|[。！？；]/g;

/**
 * The sentence of text that holds [start, end), and the block cut to its bound around the mention.
 * Cuts keep the mention's neighbourhood: a long block loses its far ends, not the mention.
 */
export function passageAt(text: string, start: number, end: number, heading = ''): Passage {
  const { from, to } = sentenceBounds(text, start, end);
  return {
    sentence: around(text.slice(from, to), start - from, end - from, PASSAGE_LIMITS.sentence),
    block: around(text, start, end, PASSAGE_LIMITS.block),
    heading: clip(heading, PASSAGE_LIMITS.heading),
  };
}

/** Where the sentence of text that holds [start, end) begins and ends (a card's "Add note" quotes it). */
export function sentenceBounds(text: string, start: number, end: number): { from: number; to: number } {
  // Only a window around the mention is read: a page's long block costs the same as a short one
  // (a sentence longer than the window is cut to its bound around the mention anyway).
  const lo = Math.max(0, start - WINDOW);
  const hi = Math.min(text.length, end + WINDOW);
  let from = lo;
  let to = hi;
  const near = text.slice(lo, hi);
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(near); m; m = SENTENCE_END.exec(near)) {
    const after = lo + m.index + m[0].length;
    if (after <= start) from = after;
    else if (lo + m.index >= end) {
      to = after;
      break;
    }
  }
  return { from, to };
}

/** How far either side of a mention a sentence end is looked for. */
const WINDOW = 2 * PASSAGE_LIMITS.sentence;

/** Any passage (e.g. one received in a message) cut to the bounds. */
export function boundPassage(p: Partial<Passage> | undefined): Passage {
  return {
    sentence: clip(p?.sentence ?? '', PASSAGE_LIMITS.sentence),
    block: clip(p?.block ?? '', PASSAGE_LIMITS.block),
    heading: clip(p?.heading ?? '', PASSAGE_LIMITS.heading),
  };
}

function around(text: string, start: number, end: number, limit: number): string {
  // Cut first (by offsets), then collapse whitespace: only the kept part is copied.
  const room = Math.max(0, limit - (end - start));
  const from = text.length <= limit ? 0 : Math.max(0, Math.min(start - Math.floor(room / 2), text.length - limit));
  return text
    .slice(from, from + limit)
    .replace(/\s+/g, ' ')
    .trim();
}

function clip(text: string, limit: number): string {
  const t = typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : '';
  return t.length <= limit ? t : t.slice(0, limit);
}

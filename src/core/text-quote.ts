/**
 * Passage anchors in the style of the W3C TextQuoteSelector: the quoted text with a little of the text
 * before and after it, so a note finds its passage again when the page is reloaded or has moved a
 * little, and is reported unattached (never guessed) when the quoted text is gone.
 */

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** How much context a quote keeps each side: enough to tell repeated phrases apart. */
export const QUOTE_CONTEXT = 32;
/** A passage note quotes at most this much (a selection of a whole article is not a quote). */
export const MAX_QUOTE = 2000;

/** Whitespace as pages lay it out varies between loads: quotes compare with runs collapsed. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The quote for text[start, end) of a page's text. */
export function describeQuote(text: string, start: number, end: number, context = QUOTE_CONTEXT): TextQuote {
  return {
    exact: collapseSpace(text.slice(start, end)).trim().slice(0, MAX_QUOTE),
    prefix: collapseSpace(text.slice(Math.max(0, start - context * 2), start)).slice(-context),
    suffix: collapseSpace(text.slice(end, end + context * 2)).slice(0, context),
  };
}

/** Characters the two strings share at their ends (for prefixes) or starts (for suffixes). */
function sharedTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function sharedHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Where the quote stands in `text` (offsets into `text` itself), or null when its exact text is not
 * there. Among several occurrences the one whose surroundings agree best with prefix and suffix wins.
 */
export function anchorQuote(text: string, quote: TextQuote): { start: number; end: number } | null {
  const exact = quote.exact;
  if (!exact) return null;
  const { folded, offsets } = foldWithOffsets(text);
  let best: { start: number; end: number; score: number } | null = null;
  for (let at = folded.indexOf(exact); at >= 0; at = folded.indexOf(exact, at + 1)) {
    const before = folded.slice(Math.max(0, at - quote.prefix.length - 1), at);
    const after = folded.slice(at + exact.length, at + exact.length + quote.suffix.length + 1);
    const score = sharedTail(before, quote.prefix) + sharedHead(after, quote.suffix);
    if (!best || score > best.score) {
      best = { start: offsets[at] ?? 0, end: (offsets[at + exact.length - 1] ?? 0) + 1, score };
    }
  }
  return best && { start: best.start, end: best.end };
}

/** The text with whitespace runs collapsed, and for each of its characters its offset in the original. */
function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  const out: string[] = [];
  const offsets: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (/\s/.test(ch)) {
      if (inSpace) continue;
      inSpace = true;
      out.push(' ');
    } else {
      inSpace = false;
      out.push(ch);
    }
    offsets.push(i);
  }
  return { folded: out.join(''), offsets };
}

/** Quotations inside a text, and which of them no abstract term contains. */

/** Opening and closing marks of the quotations and titles we look for. */
const PAIRS: readonly [string, string][] = [
  ['"', '"'],
  ['“', '”'],
  ['«', '»'],
  ['「', '」'],
  ['『', '』'],
  ['《', '》'],
];

export function quotations(text: string): string[] {
  const found: string[] = [];
  for (const [open, close] of PAIRS) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(open, from);
      if (start < 0) break;
      const end = text.indexOf(close, start + open.length);
      if (end < 0) break;
      const inner = text.slice(start + open.length, end).trim();
      if (inner) found.push(inner);
      from = end + close.length;
    }
  }
  return found;
}

const normal = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[‐‑–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/** The quotations in text that are not part of any of the terms. */
export function unattributedQuotations(text: string, terms: readonly string[]): string[] {
  const known = terms.map(normal);
  return quotations(text).filter((q) => !known.some((term) => term.includes(normal(q))));
}

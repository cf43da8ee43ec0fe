/**
 * The "about 60 characters around a mention" that the popup and `npm run scan` show:
 * cut at word edges where possible, whitespace collapsed, so a reader recognises the sentence.
 */
export function contextSnippet(text: string, start: number, end: number, width = 60): string {
  const room = Math.max(0, width - (end - start));
  let from = Math.max(0, start - Math.ceil(room / 2));
  let to = Math.min(text.length, end + Math.floor(room / 2));
  // Give unused room on one side to the other side.
  if (from === 0) to = Math.min(text.length, end + (room - start));
  if (to === text.length) from = Math.max(0, start - (room - (text.length - end)));
  from = snapBack(text, from, start);
  to = snapForward(text, to, end);
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return (from > 0 ? '…' : '') + body + (to < text.length ? '…' : '');
}

// Move a cut to the nearest space outward-in, but never more than 12 characters, so words stay whole.
function snapBack(text: string, at: number, limit: number): number {
  if (at === 0) return 0;
  for (let i = at; i < Math.min(limit, at + 12); i++) if (isSpace(text.charCodeAt(i))) return i + 1;
  return at;
}

function snapForward(text: string, at: number, limit: number): number {
  if (at >= text.length) return text.length;
  for (let i = at; i > Math.max(limit, at - 12); i--) if (isSpace(text.charCodeAt(i))) return i;
  return at;
}

/** What \s matches, by code (this runs for every mention of a page: no regex per character). */
export function isSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

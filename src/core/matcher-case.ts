/**
 * Build time: spells out the capitals of a regex source's letters, so the pattern runs without
 * the `i` flag. irregexp scans a case-insensitive Cyrillic pattern ~15× slower than the same one
 * with its capitals written out (1.6 ms against 0.1 ms over the 500 K characters of the 1 MB
 * bench page): with `i` it cannot skip ahead on the first letters. Used for the Cyrillic prefilter,
 * which reads all of a page's text.
 */

/** The source with every letter that has a distinct capital also matching the capital. */
export function spellOutCase(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === '\\') {
      const escape = escapeAt(source, i);
      out += escape;
      i += escape.length - 1;
    } else if (c === '[') {
      const end = classEnd(source, i);
      out += withCapitals(source.slice(i, end + 1));
      i = end;
    } else {
      const upper = capitalOf(c);
      out += upper ? `[${c}${upper}]` : c;
    }
  }
  return out;
}

/** A single-character capital different from c, if any. */
function capitalOf(c: string): string | null {
  const upper = c.toUpperCase();
  return upper !== c && upper.length === 1 ? upper : null;
}

/** \uXXXX, \xXX or a backslash and one character. */
function escapeAt(source: string, i: number): string {
  const m = /^\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[\s\S])/.exec(source.slice(i));
  if (!m) throw new Error(`spellOutCase: dangling backslash at ${i}`);
  return m[0];
}

/** Index of the `]` closing the class opened at i. */
function classEnd(source: string, i: number): number {
  for (let j = i + 1; j < source.length; j++) {
    if (source.charAt(j) === '\\') j += escapeAt(source, j).length - 1;
    else if (source.charAt(j) === ']' && j > i + 1) return j;
  }
  throw new Error(`spellOutCase: unclosed class at ${i}`);
}

/** "[а-яё]" → "[а-яёА-ЯЁ]": the capitals of its literal letters and letter ranges appended. */
function withCapitals(cls: string): string {
  const body = cls.slice(1, -1);
  const negated = body.startsWith('^');
  if (negated) throw new Error(`spellOutCase: negated class ${cls} cannot be spelt out`);
  const added = new Set<string>();
  for (let i = 0; i < body.length; i++) {
    const c = body.charAt(i);
    if (c === '\\') {
      i += escapeAt(body, i).length - 1;
      continue;
    }
    const isRange = body.charAt(i + 1) === '-' && i + 2 < body.length && body.charAt(i + 2) !== '\\';
    const last = isRange ? body.charAt(i + 2) : c;
    for (let code = c.charCodeAt(0); code <= last.charCodeAt(0); code++) {
      const upper = capitalOf(String.fromCharCode(code));
      if (upper && !body.includes(upper)) added.add(upper);
    }
    if (isRange) i += 2;
  }
  return `[${body}${compact([...added])}]`;
}

/** Characters as a class body, runs of three or more consecutive codes as ranges ("АБВГ" → "А-Г"). */
function compact(chars: string[]): string {
  const codes = chars.map((c) => c.charCodeAt(0)).sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i < codes.length;) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === (codes[j] ?? 0) + 1) j++;
    const from = String.fromCharCode(codes[i] ?? 0);
    const to = String.fromCharCode(codes[j] ?? 0);
    out +=
      j - i >= 2
        ? `${from}-${to}`
        : codes
            .slice(i, j + 1)
            .map((c) => String.fromCharCode(c))
            .join('');
    i = j + 1;
  }
  return out;
}

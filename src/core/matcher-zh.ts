/**
 * Build time: Chinese script variants as character classes. Each Han character of an
 * alias is grouped with its single-character variants (泽/澤, 东/東), so Simplified,
 * Traditional and mixed spellings all match one trie path, and fold() maps every member
 * to one canonical character. Whole-alias conversions that differ beyond single
 * characters (phrase conversions) are returned for the caller to add as aliases.
 */
const HAN = /\p{sc=Han}/u;

export interface ZhClasses {
  /** Variant → canonical (canonical characters themselves are omitted). */
  fold: Record<string, string>;
  /** Canonical → all members, canonical first. */
  members: Map<string, string[]>;
}

/**
 * `texts` in priority order: the first member of a group seen in `texts` becomes its
 * canonical character, so pass Simplified aliases first.
 */
export function buildZhClasses(texts: readonly string[], zhVariants: (s: string) => string[]): ZhClasses {
  const parent = new Map<string, string>();
  const find = (c: string): string => {
    let r = c;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    return r;
  };
  const seen: string[] = [];
  const add = (c: string): boolean => {
    if (parent.has(c)) return false;
    parent.set(c, c);
    seen.push(c);
    return true;
  };
  const queue: string[] = [];
  for (const t of texts) for (const c of t) if (HAN.test(c) && add(c)) queue.push(c);
  while (queue.length > 0) {
    const c = queue.pop() ?? '';
    for (const v of zhVariants(c)) {
      if ([...v].length !== 1 || !HAN.test(v)) continue;
      if (add(v)) queue.push(v);
      const a = find(c);
      const b = find(v);
      // Union keeping the earlier-seen root, so the canonical is the first member in `texts`.
      if (a !== b && seen.indexOf(a) < seen.indexOf(b)) parent.set(b, a);
      else if (a !== b) parent.set(a, b);
    }
  }
  const members = new Map<string, string[]>();
  const fold: Record<string, string> = {};
  for (const c of seen) {
    const root = find(c);
    const list = members.get(root) ?? [];
    list.push(c);
    members.set(root, list);
    if (root !== c) fold[c] = root;
  }
  for (const [root, list] of members) if (list.length === 1) members.delete(root);
  return { fold, members };
}

/** Whole-string variants of `text` (deduplicated, without `text` itself). */
export function zhStringVariants(text: string, zhVariants: (s: string) => string[]): string[] {
  if (!HAN.test(text)) return [];
  return [...new Set(zhVariants(text))].filter((v) => v !== text && v.length > 0);
}

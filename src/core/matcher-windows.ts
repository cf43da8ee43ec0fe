/**
 * Page time: find() through the groups (matcher-groups.ts). The prefilter's hits say where an alias
 * can be and, by the character there, which groups; each such group's trie is walked only in windows
 * around its hits (matcher-walk.ts). The result is what one pass of the
 * whole trie over the text gives: leftmost mentions, the longest at each start, none overlapping.
 */
import type { CompiledGroup } from './matcher-types';
import { isWordCode } from './matcher-text';
import type { TrieWalker } from './matcher-walk';

export interface Hit {
  start: number;
  end: number;
  /** (topicIndex << 2) | EntryKind */
  code: number;
}

/** What an alias's separator unit matches: whitespace (as `\s`), hyphens, dashes and the minus sign. */
function isSeparator(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x2000) return c === 0x2d || c === 0xa0 || c === 0x1680;
  return (
    c <= 0x200a ||
    (c >= 0x2010 && c <= 0x2015) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2212 ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `lead` characters back from the hit, separators not counted (a name may be spread over a run of them). */
function windowStart(text: string, at: number, lead: number): number {
  let k = at;
  for (let n = 0; k > 0; k--) {
    if (isSeparator(text.charCodeAt(k - 1))) continue;
    if (n >= lead) break;
    n++;
  }
  return k;
}

/** `tail` characters on from the hit, separators not counted, then to the end of the word: the window
 * never ends inside a word, so the word-end check at its end sees what it would see in the whole text. */
function windowEnd(text: string, at: number, tail: number): number {
  let k = at;
  for (let n = 0; k < text.length; k++) {
    if (isSeparator(text.charCodeAt(k))) continue;
    if (n >= tail) break;
    n++;
  }
  while (k < text.length && isWordCode(text.charCodeAt(k))) k++;
  return k;
}

/** Group index → merged [start, end) windows around its hits (hits sorted, so windows come in order). */
function windowsOf(
  text: string,
  hits: readonly number[],
  groups: readonly CompiledGroup[],
  groupsAt: (ch: string) => readonly number[],
): Map<number, [number, number][]> {
  const windows = new Map<number, [number, number][]>();
  for (const at of hits) {
    const next = text.charAt(at + 1);
    for (const g of groupsAt(text.charAt(at))) {
      const group = groups[g];
      if (!group || (group.second !== '' && !group.second.includes(next))) continue;
      const a = windowStart(text, at, group.lead);
      const b = windowEnd(text, at, group.tail);
      let list = windows.get(g);
      if (!list) windows.set(g, (list = []));
      const last = list[list.length - 1];
      if (last && a <= last[1]) last[1] = Math.max(last[1], b);
      else list.push([a, b]);
    }
  }
  return windows;
}

/**
 * Mentions in text, given the prefilter's hits in it: each woken group's trie is walked from every
 * start in its windows, then the leftmost (longest at a start) are kept.
 */
export function windowedScan(
  text: string,
  hits: readonly number[],
  groups: readonly CompiledGroup[],
  groupsAt: (ch: string) => readonly number[],
  walker: TrieWalker,
): Hit[] {
  const found: Hit[] = [];
  for (const [g, list] of windowsOf(text, hits, groups, groupsAt)) {
    const trie = groups[g]?.trie;
    if (trie) for (const [a, b] of list) walker.walk(text, trie, a, b, found);
  }
  return leftmostLongest(found);
}

/** Of mentions found at every start: the leftmost, the longest at a start, none overlapping. */
export function leftmostLongest(found: Hit[]): Hit[] {
  found.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Hit[] = [];
  let cursor = 0;
  for (const h of found) {
    if (h.start < cursor) continue;
    out.push(h);
    cursor = h.end;
  }
  return out;
}

/**
 * The entry a match of a whole-text pattern ended: exactly one empty group `()` takes part, the one
 * ending the matched alias. Reading it is exact and needs no tables at page time.
 */
export function entryOf(m: RegExpExecArray, entries: readonly number[]): number {
  let g = 1;
  while (g < m.length && m[g] === undefined) g++;
  return entries[g - 1] ?? 0;
}

/** Group indexes by the character a hit starts with, built once from the groups' `first` lists (`second` is checked per hit). */
export function groupIndex(groups: readonly CompiledGroup[]): (ch: string) => readonly number[] {
  const byChar = new Map<string, number[]>();
  groups.forEach((g, i) => {
    for (let k = 0; k < g.first.length; k++) {
      const ch = g.first.charAt(k);
      const list = byChar.get(ch);
      if (list) list.push(i);
      else byChar.set(ch, [i]);
    }
  });
  const none: readonly number[] = [];
  return (ch) => byChar.get(ch) ?? none;
}

/**
 * Build time: each group's aliases as a trie the page walks in JavaScript (matcher-walk.ts), not as
 * a regex. A regex must be compiled by every page that needs it, and compiling the groups a page with
 * many names wakes cost more than everything else find() does (about 40 ms on a Russian sports page).
 * The trie is a flat array of numbers; its edges name units, which are shared by all groups and say
 * what one position of an alias accepts, spelt out as the exact characters the regex unit matched
 * (case included), so the walk needs no case folding at page time.
 */
import { insertUnits, newTrie, type TrieNode } from './matcher-trie';
import type { Unit } from './matcher-units';
import { TRIE_OFFSET, WalkKind } from './matcher-types';

/** Every UTF-16 unit a one-character regex fragment matches on its own, upper and lower case (flag "i"). */
export function charsOf(frag: string, type: Unit['type']): string {
  const re = new RegExp(`^(?:${frag})$`, 'i');
  const candidates = new Set<string>();
  // Latin, Greek and Cyrillic letters with their accents (a Chinese unit lists its characters).
  // Also the controls and spaces a separator matches (tab, newline), full-width forms and U+FEFF.
  if (type !== 'cjk') {
    for (let c = 0; c < 0x3100; c++) candidates.add(String.fromCharCode(c));
    for (let c = 0xfe00; c <= 0xffff; c++) candidates.add(String.fromCharCode(c));
  }
  for (const ch of frag) candidates.add(ch.length > 1 ? (ch[0] ?? '') : ch);
  return [...candidates]
    .filter((ch) => re.test(ch) || (ch >= '\ud800' && ch <= '\udbff' && frag.includes(ch)))
    .join('');
}

/**
 * Every string a Russian ending's pattern (ru-endings.ts) matches: the patterns are finite, written
 * with characters, classes, non-capturing groups and `?` only; anything else fails the build.
 */
export function endingsOf(pattern: string): string[] {
  let i = 0;
  const fail = (): never => {
    throw new Error(`compileMatcher: ending pattern ${pattern} has a form the walk cannot list (at ${i})`);
  };
  const cross = (a: string[], b: string[]): string[] => a.flatMap((x) => b.map((y) => x + y));
  function alternatives(): string[] {
    const out = sequence();
    while (pattern.charAt(i) === '|') {
      i++;
      out.push(...sequence());
    }
    return out;
  }
  function sequence(): string[] {
    let out = [''];
    while (i < pattern.length && pattern.charAt(i) !== '|' && pattern.charAt(i) !== ')') {
      let atom: string[];
      if (pattern.startsWith('(?:', i)) {
        i += 3;
        atom = alternatives();
        if (pattern.charAt(i++) !== ')') fail();
      } else if (pattern.charAt(i) === '[') {
        const end = pattern.indexOf(']', i);
        if (end < 0) fail();
        atom = classMembers(pattern.slice(i + 1, end));
        i = end + 1;
      } else if (/[\\()*+{}.^$]/.test(pattern.charAt(i))) {
        atom = fail();
      } else {
        atom = [pattern.charAt(i++)];
      }
      if (pattern.charAt(i) === '?') {
        i++;
        atom = [...atom, ''];
      }
      out = cross(out, atom);
    }
    return out;
  }
  const list = alternatives();
  if (i !== pattern.length) fail();
  return [...new Set(list)];
}

/** The characters of a class body of literal characters and ranges. */
function classMembers(body: string): string[] {
  if (/[\\^]/.test(body)) throw new Error(`compileMatcher: ending class [${body}] is not plain`);
  const out: string[] = [];
  for (let k = 0; k < body.length; k++) {
    if (body.charAt(k + 1) === '-' && k + 2 < body.length) {
      for (let c = body.charCodeAt(k); c <= body.charCodeAt(k + 2); c++) out.push(String.fromCharCode(c));
      k += 2;
    } else out.push(body.charAt(k));
  }
  return out;
}

/** One unit's spec (kind and payload); fails the build for a fragment shape the walk cannot follow. */
function specOf(unit: Unit): string {
  const { frag, type } = unit;
  if (type === 'sep') return WalkKind.Run + charsOf(frag.replace(/\+$/, ''), type);
  if (type === 'end') return WalkKind.Ending + endingsOf(frag).join('|');
  if (type === 'cjk' && frag.startsWith('(?:')) {
    const alts = frag.slice(3, -1).split('|');
    if (alts.some((a) => /[\\[\]()?*+.|^$]/.test(a))) throw new Error(`compileMatcher: odd Chinese unit ${frag}`);
    return WalkKind.Strings + alts.join('\u0000');
  }
  // A lone character outside the BMP is two UTF-16 units: a string, not a character.
  if (type === 'cjk' && /[\ud800-\udbff]/.test(frag) && !frag.startsWith('[')) return WalkKind.Strings + frag;
  const optional = frag.endsWith(']?');
  const one = optional ? frag.slice(0, -1) : frag;
  const chars = charsOf(one, type);
  // A one-character unit is a character, an escaped one or a class; anything else would need the regex.
  if (!/^(?:\\.|[^\\[\]()|?*+]|\[(?:\\.|[^\]\\])+\])$/.test(one) || chars === '')
    throw new Error(`compileMatcher: unit ${frag} is not one character`);
  if (optional) return WalkKind.Optional + chars;
  return (type === 'word' ? WalkKind.Word : WalkKind.Char) + chars;
}

/** The units of all groups, each spec once. */
export class WalkUnits {
  readonly specs: string[] = [];
  private readonly byFrag = new Map<string, number>();

  indexOf(unit: Unit): number {
    const key = `${unit.type}\u0000${unit.frag}`;
    let i = this.byFrag.get(key);
    if (i === undefined) {
      i = this.specs.push(specOf(unit)) - 1;
      this.byFrag.set(key, i);
    }
    return i;
  }
}

/**
 * A group's trie as numbers. A node at offset o: number o is the entry code of the alias ending there
 * (-1 for none), number o + 1 its number of edges, then each edge's unit index and child offset, in
 * the order the aliases were inserted. The root is at 0. Each number n is stored as the character
 * n + TRIE_OFFSET (trieAt reads it): a third of the size of a JSON array of numbers in the message
 * that brings it to the page, and read in place there.
 */
export function flatTrie(items: readonly { units: Unit[]; code: number }[], units: WalkUnits): string {
  const root = newTrie();
  for (const it of items) insertUnits(root, it.units, it.code);
  const out: number[] = [];
  const place = (node: TrieNode): number => {
    const at = out.length;
    out.push(node.entry ?? -1, node.next.size);
    const slots: number[] = [];
    for (const { unit } of node.next.values()) {
      slots.push(out.length + 1);
      out.push(units.indexOf(unit), 0);
    }
    let k = 0;
    for (const { node: child } of node.next.values()) out[slots[k++] ?? 0] = place(child);
    return at;
  };
  place(root);
  if (out.some((n) => n + TRIE_OFFSET >= 0xd800))
    throw new Error('compileMatcher: a group trie is too large to store as characters');
  return String.fromCharCode(...out.map((n) => n + TRIE_OFFSET));
}

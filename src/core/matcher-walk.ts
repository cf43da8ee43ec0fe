/**
 * Page time: a group's aliases found by walking its trie (matcher-walk-build.ts) from each start in a
 * window, in plain JavaScript: nothing to compile, so a page pays only for the positions it tries.
 * At a start every path through the trie is followed (separator runs and endings at each length they
 * can take) and the longest alias wins; of equally long ones, the one met first (continuations are
 * walked before a node's own end, as the regex tried them).
 */
import { trieAt, WalkKind } from './matcher-types';
import { insideWord, isWordCode } from './matcher-text';

export interface WalkHit {
  start: number;
  end: number;
  /** (topicIndex << 2) | EntryKind */
  code: number;
}

const WORD = WalkKind.Word.charCodeAt(0);
const CHAR = WalkKind.Char.charCodeAt(0);
const OPTIONAL = WalkKind.Optional.charCodeAt(0);
const RUN = WalkKind.Run.charCodeAt(0);
const ENDING = WalkKind.Ending.charCodeAt(0);
const STRINGS = WalkKind.Strings.charCodeAt(0);

/** A walker over one set of unit specs; `walk` adds the mentions starting in [from, to) of text to found. */
export interface TrieWalker {
  walk(text: string, trie: string, from: number, to: number, found: WalkHit[]): void;
}

export function createTrieWalker(specs: readonly string[]): TrieWalker {
  const kinds = specs.map((s) => s.charCodeAt(0));
  const bodies = specs.map((s) => s.slice(1));
  const endings: ({ forms: Set<string>; longest: number } | undefined)[] = [];
  const strings: (string[] | undefined)[] = [];
  /** Per trie: root edges by the character they accept, and those that may accept more than one. */
  const roots = new Map<string, { byChar: Map<string, number[]>; any: number[] }>();

  let text = '';
  let trie = '';
  let best = -1;
  let bestCode = 0;

  const endingOf = (u: number): { forms: Set<string>; longest: number } => {
    let e = endings[u];
    if (!e) {
      const forms = (bodies[u] ?? '').split('|');
      e = endings[u] = { forms: new Set(forms), longest: Math.max(...forms.map((f) => f.length)) };
    }
    return e;
  };

  function visit(o: number, p: number, wordy: boolean): void {
    const n = trieAt(trie, o + 1);
    for (let k = 0; k < n; k++) step(trieAt(trie, o + 2 + 2 * k), trieAt(trie, o + 3 + 2 * k), p);
    const entry = trieAt(trie, o);
    // An alias ending in a letter must not run on into a word ("Stalin" in "Stalingrad").
    if (entry >= 0 && p > best && !(wordy && isWordCode(text.charCodeAt(p)))) {
      best = p;
      bestCode = entry;
    }
  }

  function step(u: number, child: number, p: number): void {
    const kind = kinds[u];
    const body = bodies[u] ?? '';
    if (kind === WORD || kind === CHAR) {
      if (p < text.length && body.includes(text.charAt(p))) visit(child, p + 1, kind === WORD);
    } else if (kind === OPTIONAL) {
      if (p < text.length && body.includes(text.charAt(p))) visit(child, p + 1, false);
      visit(child, p, false);
    } else if (kind === RUN) {
      let q = p;
      while (q < text.length && body.includes(text.charAt(q))) q++;
      for (let r = q; r > p; r--) visit(child, r, false);
    } else if (kind === ENDING) {
      // An ending is letters: it can only end within the run of word characters here.
      const { forms, longest } = endingOf(u);
      let q = p;
      while (q < text.length && q - p < longest && isWordCode(text.charCodeAt(q))) q++;
      // Forms are lower case; the regex it replaces ran with `i`, which for Cyrillic is toLowerCase.
      for (let r = q; r >= p; r--) if (forms.has(text.slice(p, r).toLowerCase())) visit(child, r, true);
    } else if (kind === STRINGS) {
      for (const s of (strings[u] ??= body.split('\u0000')))
        if (text.startsWith(s, p)) visit(child, p + s.length, false);
    }
  }

  function rootOf(t: string): { byChar: Map<string, number[]>; any: number[] } {
    let root = roots.get(t);
    if (root) return root;
    root = { byChar: new Map(), any: [] };
    for (let k = 0; k < trieAt(t, 1); k++) {
      const u = trieAt(t, 2 + 2 * k);
      const kind = kinds[u];
      if (kind !== WORD && kind !== CHAR) {
        root.any.push(k);
        continue;
      }
      for (const ch of bodies[u] ?? '') {
        const list = root.byChar.get(ch);
        if (list) list.push(k);
        else root.byChar.set(ch, [k]);
      }
    }
    roots.set(t, root);
    return root;
  }

  return {
    walk(subject, t, from, to, found) {
      text = subject;
      trie = t;
      const root = rootOf(t);
      for (let s = from; s < to; s++) {
        const byChar = root.byChar.get(subject.charAt(s));
        // Edges in trie order: of equally long aliases the first inserted wins.
        const edges = root.any.length === 0 ? byChar : [...(byChar ?? []), ...root.any].sort((x, y) => x - y);
        if (!edges || insideWord(subject, s)) continue;
        best = -1;
        for (const k of edges) step(trieAt(t, 2 + 2 * k), trieAt(t, 3 + 2 * k), s);
        if (best > s) found.push({ start: s, end: best, code: bestCode });
      }
      text = '';
    },
  };
}

/**
 * Build time: a trie of unit sequences emitted as regex source. Shared prefixes are merged
 * (irregexp tests each first letter once per position instead of hundreds of alternatives),
 * and at every node the continuations come before the node's own end, so the longest
 * alias wins at a given start.
 */
import type { Unit } from './matcher-units';

export interface TrieNode {
  next: Map<string, { unit: Unit; node: TrieNode }>;
  /** The caller's code for the alias that ends here. */
  entry: number | undefined;
}

export const newTrie = (): TrieNode => ({ next: new Map(), entry: undefined });

/** Insert; the caller de-duplicates, so no two aliases end at the same node. */
export function insertUnits(root: TrieNode, units: readonly Unit[], entry: number): void {
  let node = root;
  for (const unit of units) {
    let edge = node.next.get(unit.key);
    if (edge === undefined) {
      edge = { unit, node: newTrie() };
      node.next.set(unit.key, edge);
    }
    node = edge.node;
  }
  node.entry = entry;
}

/** The prefilter (no captures) may use the shorter, looser form of a unit. */
const frag = (unit: Unit, captures: boolean): string => (captures ? unit.frag : (unit.loose ?? unit.frag));
const group = (alts: readonly string[]): string => (alts.length === 1 ? (alts[0] ?? '') : `(?:${alts.join('|')})`);

/**
 * Regex source of the subtree below `node`. With `captures`, every alias end emits an empty
 * group `()` and its entry is appended to `order`, so capture group i+1 identifies order[i]
 * (groups are numbered by their opening parenthesis, which is the order written here).
 * Without (the prefilter, which only asks "anything here?"), ends are plain optional groups
 * and units use their looser, shorter forms.
 */
export function emitNode(node: TrieNode, captures: boolean, order: number[]): string {
  const conts = [...node.next.values()].map((e) => frag(e.unit, captures) + emitNode(e.node, captures, order));
  const cont = conts.length === 0 ? '' : group(conts);
  if (node.entry === undefined) return cont;
  if (!captures) return cont === '' ? '' : `(?:${cont})?`;
  order.push(node.entry);
  return cont === '' ? '()' : `(?:${cont}|())`;
}

export interface Branch {
  source: string;
  /** Entries of its capture groups, in order. */
  order: number[];
  /** Only an alias end (the split-off end of a node whose continuations are other branches):
   * it must come after them in an alternation, or the shorter alias would win. */
  endOnly: boolean;
}

/**
 * The trie as alternatives to spread over several patterns, each at most `max` characters
 * where possible: whole root branches, or, for a branch too large, its sub-branches with the
 * shared prefix repeated.
 */
export function emitBranches(root: TrieNode, captures: boolean, max: number): Branch[] {
  const out: Branch[] = [];
  const walk = (prefix: string, node: TrieNode): void => {
    const order: number[] = [];
    const source = prefix + emitNode(node, captures, order);
    if (source.length <= max || node.next.size === 0) {
      out.push({ source, order, endOnly: false });
      return;
    }
    for (const e of node.next.values()) walk(prefix + frag(e.unit, captures), e.node);
    if (node.entry !== undefined)
      out.push({ source: prefix + (captures ? '()' : ''), order: captures ? [node.entry] : [], endOnly: true });
  };
  for (const e of root.next.values()) walk(frag(e.unit, captures), e.node);
  return out;
}

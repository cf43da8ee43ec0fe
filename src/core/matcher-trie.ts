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

const group = (alts: readonly string[]): string => (alts.length === 1 ? (alts[0] ?? '') : `(?:${alts.join('|')})`);

/**
 * Regex source of the subtree below `node`. With `captures`, every alias end emits an empty
 * group `()` and its entry is appended to `order`, so capture group i+1 identifies order[i]
 * (groups are numbered by their opening parenthesis, which is the order written here).
 * Without, ends are plain optional groups (the prefilter only asks "anything here?").
 */
export function emitNode(node: TrieNode, captures: boolean, order: number[]): string {
  const conts = [...node.next.values()].map((e) => e.unit.frag + emitNode(e.node, captures, order));
  const cont = conts.length === 0 ? '' : group(conts);
  if (node.entry === undefined) return cont;
  if (!captures) return cont === '' ? '' : `(?:${cont})?`;
  order.push(node.entry);
  return cont === '' ? '()' : `(?:${cont}|())`;
}

/** The root's alternatives one by one, so the caller can spread them over several patterns. */
export function emitRootEdges(root: TrieNode, captures: boolean): { source: string; order: number[] }[] {
  return [...root.next.values()].map((e) => {
    const order: number[] = [];
    return { source: e.unit.frag + emitNode(e.node, captures, order), order };
  });
}

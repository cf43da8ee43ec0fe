/**
 * Build time: a trie of unit sequences emitted as one regex. Shared prefixes are merged
 * (irregexp then tests each first letter once per position instead of hundreds of
 * alternatives), and at every node the continuations come before the node's own end,
 * so the longest alias wins at a given start.
 */
import { joiner, WORD_START, type Unit } from './matcher-units';

export interface TrieNode {
  next: Map<string, { unit: Unit; node: TrieNode }>;
  /** Index into the caller's entry list when an alias ends here. */
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
 * Regex source of the trie. With `captures`, every alias end emits an empty group `()`
 * and its entry is appended to `order`, so capture group i+1 identifies order[i].
 * Without, ends are plain optional groups (the prefilter only asks "anything here?").
 */
export function emitTrie(root: TrieNode, captures: boolean, order: number[]): string {
  const body = (prev: Unit, node: TrieNode): string => {
    const edges = [...node.next.values()];
    // Factor out the joiner when every continuation shares it (the usual case).
    const joins = edges.map((e) => joiner(prev, e.unit));
    const shared = joins.every((j) => j === joins[0]) ? (joins[0] ?? '') : '';
    const conts = edges.map((e, i) => (shared ? '' : joins[i]) + e.unit.frag + body(e.unit, e.node));
    const cont = conts.length === 0 ? '' : shared + group(conts);
    if (node.entry === undefined) return cont;
    if (!captures) return cont === '' ? '' : `(?:${cont})?`;
    order.push(node.entry);
    return cont === '' ? '()' : `(?:${cont}|())`;
  };
  const firsts = [...root.next.values()].map(
    (e) => (e.unit.type === 'word' ? WORD_START : '') + e.unit.frag + body(e.unit, e.node),
  );
  return firsts.length === 0 ? '' : group(firsts);
}

/**
 * Which stored mentions a rescan of some subtrees replaces. The store is in document order, so when
 * every root starts after its last mention (a feed appending posts, the common case) none can be
 * inside a root, and one comparison per root answers without looking at each mention.
 */
import type { ScanRoot } from './text-runs';

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING (alone: not containing, not disconnected)

/**
 * Whether every root starts after `last` and does not contain it. Asked of the earlier node, so the
 * browser walks back from a root to it (compareDocumentPosition walks the siblings between).
 */
export function allFollow(last: Node, roots: readonly ScanRoot[]): boolean {
  for (const root of roots) if (last.compareDocumentPosition(root) !== FOLLOWING) return false;
  return true;
}

/** Up to this many roots, each node is asked of each root natively (a rescan of one appended post). */
const NATIVE_ROOTS = 4;

/**
 * Whether a node lies inside one of roots (neither way crosses into a shadow host). A few roots:
 * Node.contains, native, per root. Many: one climb per node, answers kept for shared ancestors.
 */
export function insideAny(roots: readonly ScanRoot[]): (node: Node) => boolean {
  if (roots.length <= NATIVE_ROOTS) return (node) => roots.some((root) => root.contains(node));
  const known = new Map<Node, boolean>();
  for (const r of roots) known.set(r, true);
  return (node) => {
    const path: Node[] = [];
    let answer = false;
    for (let cur: Node | null = node; cur; cur = cur.parentNode) {
      const k = known.get(cur);
      if (k !== undefined) {
        answer = k;
        break;
      }
      path.push(cur);
    }
    for (const p of path) known.set(p, answer);
    return answer;
  };
}

/**
 * Document order of nodes for the many comparisons one pass makes (each mention's section). Blink's
 * compareDocumentPosition walks the sibling list where two paths part, so on a long page of thousands
 * of paragraphs under one parent each call cost thousands of steps; here each parent's children are
 * numbered once. Valid only while the document does not change: make a new one after any change.
 */
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

export class TreeOrder {
  private readonly index = new Map<Node, number>();
  private readonly numbered = new Set<Node>();
  private readonly paths = new Map<Node, Node[]>();

  /** Whether b comes after a in document order, or inside it (what compareDocumentPosition calls FOLLOWING). */
  follows(a: Node, b: Node): boolean {
    const pa = this.pathOf(a);
    const pb = this.pathOf(b, false);
    // Different trees (a shadow root's, a detached node's): the browser's own answer.
    if (pa[0] !== pb[0]) return Boolean(a.compareDocumentPosition(b) & FOLLOWING);
    let i = 0;
    while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
    if (i === pa.length) return i < pb.length; // a contains b (or is b: not following)
    if (i === pb.length) return false; // b contains a
    const ca = pa[i] as Node;
    const cb = pb[i] as Node;
    // Neighbours (a merge of mentions with the headings around them) are ordered by a short walk;
    // only siblings farther apart have their parent's children numbered (a feed's thousands, each pass).
    if (!this.numbered.has(ca.parentNode as Node)) {
      const near = nearOrder(ca, cb);
      if (near !== null) return near;
    }
    return this.indexOf(ca) < this.indexOf(cb);
  }

  /** Root first; kept for nodes compared often (headings), not for each mention's node. */
  private pathOf(node: Node, keep = true): Node[] {
    const known = this.paths.get(node);
    if (known) return known;
    const path: Node[] = [];
    for (let cur: Node | null = node; cur; cur = cur.parentNode) path.push(cur);
    path.reverse();
    if (keep) this.paths.set(node, path);
    return path;
  }

  private indexOf(node: Node): number {
    const parent = node.parentNode;
    if (parent && !this.numbered.has(parent)) {
      this.numbered.add(parent);
      let i = 0;
      for (let c = parent.firstChild; c; c = c.nextSibling) this.index.set(c, i++);
    }
    return this.index.get(node) ?? 0;
  }
}

/** Siblings a walk of NEAR_STEPS either way tells apart. */
const NEAR_STEPS = 32;

/** Whether sibling a comes before sibling b, found by walking out from a; null when b is farther away. */
function nearOrder(a: Node, b: Node): boolean | null {
  let next = a.nextSibling;
  let prev = a.previousSibling;
  for (let step = 0; step < NEAR_STEPS && (next || prev); step++) {
    if (next === b) return true;
    if (prev === b) return false;
    next = next?.nextSibling ?? null;
    prev = prev?.previousSibling ?? null;
  }
  return null;
}

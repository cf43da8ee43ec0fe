/**
 * Which mentions wrap mode (accessible highlights) wraps: writing <mark>s costs DOM writes and a
 * restore per block, so long pages and crowded blocks are capped. Painted highlights have no such cap.
 */
import type { PageMention } from './page-mention';
import { nearestBlock } from './text-runs';

/** Past this many mentions only the first are wrapped; the popup still counts them all. */
const MAX_WRAPPED = 1_000;
/** Each mark re-reads its block's text nodes: a block of thousands of mentions would freeze. */
const MAX_WRAPPED_PER_BLOCK = 20;
/** ...and a block of thousands of elements costs seconds to wrap even once: there, mentions stay unwrapped. */
const MAX_WRAPPED_BLOCK_ELEMENTS = 2_000;

/** Each mention's block, looked up once (wrap mode asks on every render). */
const blockOf = new WeakMap<PageMention, Element | null>();

/** The mentions wrap mode wraps: the first MAX_WRAPPED, at most MAX_WRAPPED_PER_BLOCK in one block. */
export function wrappable(mentions: readonly PageMention[]): PageMention[] {
  const perBlock = new Map<Element | null, number>();
  const out: PageMention[] = [];
  for (const m of mentions) {
    if (out.length >= MAX_WRAPPED) break;
    let block = blockOf.get(m);
    if (block === undefined) blockOf.set(m, (block = nearestBlock(m.startNode)));
    if (!perBlock.has(block) && (block?.getElementsByTagName('*').length ?? 0) > MAX_WRAPPED_BLOCK_ELEMENTS)
      perBlock.set(block, Infinity);
    const n = perBlock.get(block) ?? 0;
    if (n >= MAX_WRAPPED_PER_BLOCK) continue;
    perBlock.set(block, n + 1);
    out.push(m);
  }
  return out;
}

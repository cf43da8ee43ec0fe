/**
 * The text around a run, for judging its ambiguous mentions (core/ambiguity.ts): the run's block
 * and the blocks just before and after it. Read only for runs that hold an ambiguous mention, so
 * pages without one never pay for it; every part is bounded, so a huge block costs one native
 * textContent read and a slice.
 */
import { BLOCK_SELECTOR } from './text-runs';
import type { TextRun } from './text-runs';

/** Characters taken from the run's own block; a longer block (a whole page body) gives the run itself. */
const OWN_BLOCK_MAX = 4_000;
/** Characters taken from each neighbouring block, on the side nearer the run. */
const NEIGHBOUR_MAX = 1_000;

export function blockContext(run: TextRun): string {
  const el = run.nodes[0]?.parentElement;
  const block = el?.closest(BLOCK_SELECTOR);
  if (!block || block.tagName === 'BODY' || block.tagName === 'HTML') return run.text;
  const own = block.textContent ?? '';
  const before = neighbour(block, 'previousElementSibling');
  const after = neighbour(block, 'nextElementSibling');
  return [
    before.slice(-NEIGHBOUR_MAX),
    own.length > OWN_BLOCK_MAX ? run.text : own,
    after.slice(0, NEIGHBOUR_MAX),
  ].join('\n');
}

/** The nearest sibling element with some text, or the parent's sibling when the block is first or last. */
function neighbour(block: Element, side: 'previousElementSibling' | 'nextElementSibling'): string {
  let el: Element | null = block[side];
  // Skip a couple of empty siblings (spacers, images), never a long run of them.
  for (let i = 0; el && i < 3; i++, el = el[side]) {
    const text = el.textContent ?? '';
    if (text.trim()) return text;
  }
  return '';
}

// Comparing two fair-bench runs page by page (scripts/bench/compare-runs.mjs): pages both measured,
// matched by name, the ratio's move, and the median move.
import { describe, expect, it } from 'vitest';
import { comparePages } from '../../scripts/bench/compare-runs.mjs';

const page = (name: string, floor: number, ours: number) => ({
  name,
  floor: { ms: floor },
  ours: { ms: ours },
  ratio: ours / floor,
});

describe('comparePages', () => {
  it('matches pages by name and gives the move of each ratio and their median', () => {
    const before = { mentionPages: [page('a', 10, 20)], growth: [page('g', 10, 30)], corpus: [page('c', 10, 10)] };
    const after = {
      mentionPages: [page('a', 10, 22)],
      growth: [page('g', 10, 30)],
      corpus: [page('c', 10, 9), page('only-new', 1, 1)],
    };
    const { rows, medianMove } = comparePages(before, after);
    expect(rows.map((r) => r.name)).toEqual(['a', 'g', 'c']);
    expect(rows.map((r) => Number(r.move.toFixed(3)))).toEqual([0.1, 0, -0.1]);
    expect(medianMove).toBeCloseTo(0, 10);
  });

  it('leaves out a page without a ratio on either side', () => {
    const before = { mentionPages: [{ ...page('a', 0, 0), ratio: Number.NaN }], growth: [], corpus: [] };
    const after = { mentionPages: [page('a', 10, 20)], growth: [], corpus: [] };
    expect(comparePages(before, after).rows).toEqual([]);
  });
});

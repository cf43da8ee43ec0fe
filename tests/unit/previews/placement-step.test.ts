import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../src/content/previews/placement';
import { firstFromViewport, stepIndex } from '../../../src/content/previews/step';

const viewport = { left: 0, top: 0, width: 1000, height: 800 };

describe('placeCard', () => {
  it('goes under the mention, aligned with its start', () => {
    expect(
      placeCard({ left: 100, top: 100, width: 60, height: 20 }, { width: 300, height: 200 }, viewport, false),
    ).toEqual({
      left: 100,
      top: 126,
      maxHeight: 666,
      side: 'below',
    });
  });

  it('aligns with the right edge on right-to-left pages', () => {
    const p = placeCard({ left: 600, top: 100, width: 60, height: 20 }, { width: 300, height: 200 }, viewport, true);
    expect(p.left).toBe(360);
  });

  it('goes over the mention near the bottom of the viewport', () => {
    const p = placeCard({ left: 100, top: 700, width: 60, height: 20 }, { width: 300, height: 200 }, viewport, false);
    expect(p).toMatchObject({ side: 'above', top: 494 });
  });

  it('stays inside the viewport horizontally', () => {
    expect(
      placeCard({ left: 950, top: 100, width: 40, height: 20 }, { width: 300, height: 100 }, viewport, false).left,
    ).toBe(692);
    expect(
      placeCard({ left: 2, top: 100, width: 40, height: 20 }, { width: 300, height: 100 }, viewport, true).left,
    ).toBe(8);
  });

  it('fits a card taller than either side into the larger one', () => {
    const p = placeCard({ left: 10, top: 300, width: 40, height: 20 }, { width: 300, height: 2000 }, viewport, false);
    expect(p.side).toBe('below');
    expect(p.top + p.maxHeight).toBeLessThanOrEqual(800 - 8);
  });

  it('uses the visual viewport it is given (pinch zoom)', () => {
    const zoomed = { left: 200, top: 150, width: 500, height: 400 };
    const p = placeCard({ left: 210, top: 200, width: 40, height: 20 }, { width: 300, height: 100 }, zoomed, true);
    expect(p.left).toBe(208);
  });
});

describe('stepping through mentions', () => {
  it('walks forward and backward with wrap-around', () => {
    const start = () => 0;
    expect(stepIndex(3, 0, 1, start)).toBe(1);
    expect(stepIndex(3, 2, 1, start)).toBe(0);
    expect(stepIndex(3, 0, -1, start)).toBe(2);
    expect(stepIndex(0, -1, 1, start)).toBe(-1);
    expect(stepIndex(3, -1, 1, () => 2)).toBe(2);
  });

  it('starts from the viewport when there is no current mention', () => {
    const tops = [-500, -20, 30, 900];
    const top = (i: number) => tops[i] ?? null;
    expect(firstFromViewport(top, 4, 1)).toBe(2);
    expect(firstFromViewport(top, 4, -1)).toBe(1);
    expect(firstFromViewport(() => -1, 4, 1)).toBe(0);
    expect(firstFromViewport(() => 10, 4, -1)).toBe(3);
    expect(firstFromViewport((i) => (i === 0 ? null : 40), 4, 1)).toBe(1);
  });
});

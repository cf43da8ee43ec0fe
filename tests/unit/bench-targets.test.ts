// The own-pattern part's rescan targets: a rescan that shows no mention has not done its work and
// fails whatever its time (the bench once timed a queue push for 0.2 ms and called it a pass).
import { describe, expect, it } from 'vitest';
import { checkTargets } from '../../scripts/bench/targets.mjs';

interface Target {
  name: string;
  pass: boolean;
}

const page = (append: { ms: number; next: number; found: number }): Record<string, unknown> => ({
  floor: { script: 50 },
  paint: { script: 45 },
  wrap: { script: 48 },
  markRegExp: { script: 200 },
  clearPaint: { script: 0.5 },
  markPerAlias: { extrapolated: 30_000 },
  append,
});

const rescanTargets = (append: { ms: number; next: number; found: number }): Target[] =>
  (checkTargets(page(append)) as Target[]).filter((t) => t.name.includes('appended paragraph'));

describe('own-pattern rescan targets', () => {
  it('pass a fast rescan that shows its mention', () => {
    expect(rescanTargets({ ms: 0.5, next: 0.3, found: 1 }).map((t) => t.pass)).toEqual([true, true]);
  });

  it('fail a fast rescan that shows nothing', () => {
    expect(rescanTargets({ ms: 0.2, next: 0.01, found: 0 }).map((t) => t.pass)).toEqual([false, false]);
  });

  it('fail a slow rescan', () => {
    expect(rescanTargets({ ms: 1.6, next: 1.2, found: 1 }).map((t) => t.pass)).toEqual([false, false]);
  });
});

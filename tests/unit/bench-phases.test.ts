// Where the fair bench's wall time goes (scripts/bench/ext/phases.mjs): spans summed by name, laps,
// failed steps still counted, parts of a step ("· …") not counted twice in the table's remainder.
import { describe, expect, it } from 'vitest';
import { formatPhases, phaseClock } from '../../scripts/bench/ext/phases.mjs';

function fakeNow() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('phaseClock', () => {
  it('sums laps by name, biggest first, with count, mean and max', () => {
    const time = fakeNow();
    const clock = phaseClock(time.now);
    for (const ms of [100, 300]) {
      const lap = clock.laps();
      time.advance(ms);
      lap('goto');
      time.advance(10);
      lap('close');
    }
    expect(clock.summary()).toEqual([
      { name: 'goto', count: 2, ms: 400, mean: 200, max: 300 },
      { name: 'close', count: 2, ms: 20, mean: 10, max: 10 },
    ]);
  });

  it('times a step that throws', async () => {
    const time = fakeNow();
    const clock = phaseClock(time.now);
    await expect(
      clock.time('stop', async () => {
        time.advance(40);
        throw new Error('trace lost');
      }),
    ).rejects.toThrow('trace lost');
    expect(await clock.time('parse', async () => (time.advance(5), 'ok'))).toBe('ok');
    expect(clock.summary().map((p) => [p.name, p.ms])).toEqual([
      ['stop', 40],
      ['parse', 5],
    ]);
  });
});

describe('formatPhases', () => {
  it('leaves parts of a step out of what the steps account for', () => {
    const text = formatPhases(
      [
        { name: 'trace: stop', count: 1, ms: 600, mean: 600, max: 600 },
        { name: '· stop (ours)', count: 1, ms: 500, mean: 500, max: 500 },
        { name: 'goto', count: 4, ms: 300, mean: 75, max: 90 },
      ],
      1000,
    );
    const lines = text.split('\n');
    expect(lines[1]).toMatch(/^trace: stop +0\.6 +1 +600 +60%$/);
    expect(lines[3]).toMatch(/^goto +0\.3 +4 +75 +30%$/);
    // 1000 ms in all, 900 in steps (the part "· stop (ours)" is inside "trace: stop").
    expect(lines.at(-1)).toMatch(/^\(not in a step\) +0\.1$/);
  });
});

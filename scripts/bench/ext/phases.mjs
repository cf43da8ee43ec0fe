// Where the fair bench's wall time goes: each step of each load (new tab, navigation, waiting for the
// extension's "done", markers, closing the tab) and of each trace (start, stop and transfer, parsing)
// is timed and summed by name, so a run can say what it spent its minutes on. Pure bookkeeping.

/** A recorder of named wall-time spans. */
export function phaseClock(now = () => performance.now()) {
  /** @type {Map<string, { count: number, ms: number, max: number }>} */
  const totals = new Map();
  const add = (name, ms) => {
    const t = totals.get(name) ?? { count: 0, ms: 0, max: 0 };
    t.count++;
    t.ms += ms;
    t.max = Math.max(t.max, ms);
    totals.set(name, t);
  };
  return {
    add,
    /** Times `fn` under `name`; the span is counted whether it resolves or throws. */
    async time(name, fn) {
      const t0 = now();
      try {
        return await fn();
      } finally {
        add(name, now() - t0);
      }
    },
    /** A lap timer: each lap(name) records the time since the previous lap (or since start). */
    laps() {
      let last = now();
      return (name) => {
        const t = now();
        add(name, t - last);
        last = t;
      };
    },
    /** @returns {{ name: string, count: number, ms: number, mean: number, max: number }[]} biggest first */
    summary() {
      return [...totals.entries()]
        .map(([name, t]) => ({ name, count: t.count, ms: t.ms, mean: t.ms / t.count, max: t.max }))
        .sort((a, b) => b.ms - a.ms);
    },
  };
}

/** The summary as lines: seconds in all, count, mean ms, share of `totalMs` (the part's wall time); steps named "· …" are parts of others. */
export function formatPhases(summary, totalMs) {
  const width = Math.max(28, ...summary.map((p) => p.name.length));
  const lines = [
    `${'step'.padEnd(width)} ${'s'.padStart(7)} ${'count'.padStart(6)} ${'mean ms'.padStart(8)} ${'share'.padStart(6)}`,
  ];
  let counted = 0;
  for (const p of summary) {
    // "· name": a part of another step (overlapping ones may sum past it), not counted twice.
    if (!p.name.startsWith('·')) counted += p.ms;
    lines.push(
      `${p.name.padEnd(width)} ${(p.ms / 1000).toFixed(1).padStart(7)} ${String(p.count).padStart(6)} ${p.mean.toFixed(0).padStart(8)} ${`${((100 * p.ms) / totalMs).toFixed(0)}%`.padStart(6)}`,
    );
  }
  lines.push(`${'(not in a step)'.padEnd(width)} ${((totalMs - counted) / 1000).toFixed(1).padStart(7)}`);
  return lines.join('\n');
}

/**
 * Typo tolerance for lookup: "khrushchov" should still find Khrushchev. Optimal string alignment
 * distance (a swap of neighbours counts once), stopped early once it exceeds `max`.
 */
export function editDistanceWithin(a: string, b: string, max: number): number | null {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return null;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, (prevPrev[j - 2] ?? 0) + 1);
      }
      row.push(best);
      rowMin = Math.min(rowMin, best);
    }
    if (rowMin > max) return null;
    prevPrev = prev;
    prev = row;
  }
  const distance = prev[t.length] ?? Infinity;
  return distance <= max ? distance : null;
}

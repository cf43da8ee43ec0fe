/** Next/previous mention in document order, starting from the reader's place when there is no current one. */
export function stepIndex(count: number, current: number, direction: 1 | -1, startFrom: () => number): number {
  if (count <= 0) return -1;
  if (current < 0 || current >= count) return startFrom();
  return (current + direction + count) % count;
}

/**
 * Where a walk starts without a current mention: forward, the first mention not above the viewport;
 * backward, the last one above it (or the last on the page when none is above).
 */
export function firstFromViewport(tops: (i: number) => number | null, count: number, direction: 1 | -1): number {
  if (direction === 1) {
    for (let i = 0; i < count; i++) if ((tops(i) ?? -1) >= 0) return i;
    return 0;
  }
  for (let i = count - 1; i >= 0; i--) {
    const top = tops(i);
    if (top !== null && top < 0) return i;
  }
  return count - 1;
}

// The own-pattern part's targets on the 1 MB page (the bench reports; it does not fail on them).
// The fair-floor targets are in ext/fair-report.mjs.

/**
 * @param page the 1 MB page's summary (summarizePage)
 * @returns {{ name: string, value: number, limit: string, pass: boolean }[]}
 */
export function checkTargets(page) {
  // A method whose every load failed reads as NaN (and FAIL), not as a crash.
  const v = (key, field = 'script') => page[key]?.[field] ?? NaN;
  const floor = v('floor');
  const t = (name, value, limit, pass) => ({ name, value: Number(value.toFixed(3)), limit, pass });
  return [
    t('1 MB page: scan+paint script ≤ 1.2× own-pattern floor', v('paint') / floor, '≤ 1.2×', v('paint') <= 1.2 * floor),
    t('1 MB page: scan+wrap script ≤ 4× own-pattern floor', v('wrap') / floor, '≤ 4×', v('wrap') <= 4 * floor),
    t(
      '1 MB page: scan+wrap faster than mark.js markRegExp',
      v('wrap') / v('markRegExp'),
      '< 1× markRegExp',
      v('wrap') < v('markRegExp'),
    ),
    t(
      '1 MB page: clearing painted ≤ 0.2× own-pattern floor',
      v('clearPaint') / floor,
      '≤ 0.2×',
      v('clearPaint') <= 0.2 * floor,
    ),
    t(
      '1 MB page: ≥ 100× faster than mark.js per alias (scan+paint)',
      v('markPerAlias', 'extrapolated') / v('paint'),
      '≥ 100×',
      v('markPerAlias', 'extrapolated') >= 100 * v('paint'),
    ),
    // A rescan that shows nothing has not done its work: it fails whatever its time.
    t(
      '1 MB page: appended paragraph, first rescan after the scan (request to mention shown) < 1 ms',
      v('append', 'ms'),
      '< 1 ms, mention shown',
      v('append', 'ms') < 1 && v('append', 'found') === 1,
    ),
    t(
      '1 MB page: appended paragraph, next rescans < 1 ms',
      v('append', 'next'),
      '< 1 ms, mention shown',
      v('append', 'next') < 1 && v('append', 'found') === 1,
    ),
  ];
}

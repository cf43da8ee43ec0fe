// The lead's targets, checked against the measured medians (the bench reports; it does not fail on them).

/** @returns {{ name: string, value: number, limit: string, pass: boolean }[]} */
export function checkTargets(main, corpus) {
  const floor = main.floor.script;
  const t = (name, value, limit, pass) => ({ name, value: Number(value.toFixed(3)), limit, pass });
  return [
    t('1 MB page: scan+paint script ≤ 1.2× floor', main.paint.script / floor, '≤ 1.2×', main.paint.script <= 1.2 * floor),
    t('1 MB page: scan+wrap script ≤ 4× floor', main.wrap.script / floor, '≤ 4×', main.wrap.script <= 4 * floor),
    t('1 MB page: scan+wrap faster than mark.js markRegExp', main.wrap.script / main.markRegExp.script, '< 1× markRegExp', main.wrap.script < main.markRegExp.script),
    t('1 MB page: clearing painted ≤ 0.2× floor', main.clearPaint.script / floor, '≤ 0.2×', main.clearPaint.script <= 0.2 * floor),
    t('1 MB page: ≥ 100× faster than mark.js per alias (scan+paint)', main.markPerAlias.extrapolated / main.paint.script, '≥ 100×', main.markPerAlias.extrapolated >= 100 * main.paint.script),
    t('1 MB page: appended paragraph rescan < 1 ms', main.append.ms, '< 1 ms', main.append.ms < 1),
    t('corpus, no mentions: median ratio ≤ 1.2× floor', corpus.ratio.median, '≤ 1.2×', corpus.ratio.median <= 1.2),
  ];
}

// Part 2's printed report (the own-pattern part): one table (rows = what was measured, columns = pages), its targets.

const ms = (x) => (!Number.isFinite(x) ? '–' : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const times = (x) => (!Number.isFinite(x) ? '' : x < 10 ? `${x.toFixed(2)}×` : `${x.toFixed(0)}×`);
const withRatio = (value, floor) => `${ms(value)} ${times(value / floor)}`.trim();

/** Rows: [label, (page summary) => cell text]. Ratios are to that page's floor (script time). */
const ROWS = [
  ['OWN-PATTERN floor (not fair)', (s) => ms(s.floor.script)],
  ['ours scan+paint, script', (s) => withRatio(s.paint.script, s.floor.script)],
  ['  wall (idle slices)', (s) => `${ms(s.paint.wall)} (${s.paint.slices})`],
  ['  registering highlights', (s) => ms(s.paint.register)],
  ['  next frame (paint)', (s) => ms(s.paint.frame)],
  ['  first frame w/ highlights', (s) => ms(s.paint.firstFrame)],
  ['ours scan+wrap, script', (s) => withRatio(s.wrap.script, s.floor.script)],
  ['  wall (idle slices)', (s) => `${ms(s.wrap.wall)} (${s.wrap.slices})`],
  ['  mark.js wrapping', (s) => ms(s.wrap.register)],
  ['  next frame (layout+paint)', (s) => ms(s.wrap.frame)],
  ['  first frame w/ highlights', (s) => ms(s.wrap.firstFrame)],
  ['clear painted, script', (s) => withRatio(s.clearPaint.script, s.floor.script)],
  ['  next frame', (s) => ms(s.clearPaint.frame)],
  ['clear wrapped, script', (s) => withRatio(s.clearWrap.script, s.floor.script)],
  ['  next frame', (s) => ms(s.clearWrap.frame)],
  ['mark.js markRegExp, body', (s) => withRatio(s.markRegExp.script, s.floor.script)],
  ['  next frame', (s) => ms(s.markRegExp.frame)],
  ['mark.js mark() per call', (s) => ms(s.markPerAlias.perCall)],
  ['  × all aliases (extrapol.)', (s) => withRatio(s.markPerAlias.extrapolated, s.floor.script)],
  ['append ¶: first rescan (to shown)', (s) => ms(s.append.ms)],
  ['  next rescans', (s) => ms(s.append.next)],
  ['  with the style pass forced', (s) => ms(s.append.withStyle)],
  ['  via observer: rescan', (s) => ms(s.appendObserver.rescan)],
  ['  via observer: wall', (s) => ms(s.appendObserver.wall)],
  ['text nodes', (s) => String(s.floor.textNodes)],
  ['aliases inserted', (s) => String(s.inserted)],
  ['floor regex hits', (s) => String(s.floor.hits)],
  ['mentions: paint / wrap', (s) => `${s.paint.mentions} / ${s.wrap.mentions}`],
  ['mark.js markRegExp marks', (s) => String(s.markRegExp.marks)],
  ['appended mention shown (direct / observer)', (s) => `${s.append.found} / ${s.appendObserver.found}`],
];

const pad = (s, n) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const padStart = (s, n) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
const shortName = (file) =>
  file
    .replace(/^.*\//, '')
    .replace(/\.html?$/, '')
    .slice(0, 14);

function formatPagesTable(pages) {
  const label = 30;
  const col = 16;
  const lines = [];
  lines.push(pad('median ms (× floor)', label) + pages.map((p) => padStart(shortName(p.file), col)).join(''));
  lines.push(pad('page size', label) + pages.map((p) => padStart(`${(p.bytes / 1e6).toFixed(2)} MB`, col)).join(''));
  for (const [name, cell] of ROWS) {
    lines.push(
      pad(name, label) +
        pages
          .map((p) => {
            try {
              return padStart(cell(p.summary), col);
            } catch {
              return padStart('–', col);
            }
          })
          .join(''),
    );
  }
  return lines.join('\n');
}

function formatTargets(targets) {
  return targets
    .map(
      (t) => `  ${t.pass ? 'PASS' : 'FAIL'}  ${pad(t.name, 62)} ${padStart(String(t.value), 9)}  (target ${t.limit})`,
    )
    .join('\n');
}

/** The whole printed report of the own-pattern part. */
export function formatReport(meta, pages, targets) {
  const out = [
    `OWN-PATTERN PART — our scan timed from inside the page (our modules injected into each fresh load, median of ${meta.loadsPerMethod}`,
    `loads per method); ${meta.insertionsPerPage} seeded alias occurrences inserted (seed ${meta.seed}, from ${meta.aliasesInserted} aliases).`,
    `script time = our synchronous start + every idle slice + the render; wall = start to scan resolved (includes idle gaps).`,
    `The "own-pattern floor" is a TreeWalker pass running the matcher's OWN compiled patterns (${meta.patterns})`,
    `over each text node: a baseline made of our code, kept for continuity; the fair floor is part 1's.`,
    `performance.now() resolution: ${meta.crossOriginIsolated ? '5 µs (cross-origin isolated)' : '100 µs (NOT isolated)'}.`,
    '',
    formatPagesTable(pages),
    '',
    `mark.js mark() per alias: ${meta.perAliasSample.length} sampled aliases per load (${meta.perAliasSample.join(', ')}),`,
    `  extrapolated linearly to all ${meta.aliasesTotal} aliases (mark.js defaults, separateWordSearch: false).`,
    `Observer wall time includes PageObserver's 150 ms debounce; the < 1 ms target is about the rescan itself.`,
    ...(meta.failedLoads.length
      ? [`${meta.failedLoads.length} loads failed and are left out: see own.meta.failedLoads in results.json.`]
      : []),
    '',
    'Targets (own-pattern part):',
    formatTargets(targets),
  ];
  return out.join('\n');
}

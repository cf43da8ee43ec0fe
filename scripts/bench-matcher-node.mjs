// Micro-benchmark of the page matcher in Node (V8), on pages where nothing can match.
// Reads real pages from the shared corpus (never from this repo), takes what the content script
// tests first (body.textContent, via jsdom), and times "time to first result" from a cold regex:
//   without prefilter: new RegExp(full) + scan;   with: new RegExp(prefilter) + test, full only on a hit.
// Also: regex sizes, cold compile cost, the prefilter's false-hit rate, and the cost of identifying
// the alias by capture group versus re-folding the match.
// Usage: node scripts/bench-matcher-node.mjs [--topics data/topics.json] [--corpus ../shared/corpus] [--runs 5] [--wall]
import * as esbuild from 'esbuild';
import { JSDOM, VirtualConsole } from 'jsdom';
import * as OpenCC from 'opencc-js';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// jsdom leaves a large heap behind: collect it before timing, so GC threads do not bill us.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

// The machine may be shared (two cores, other jobs): CPU time of this process is steadier than
// wall-clock time, and the minimum over runs is the least disturbed one.
const useWall = process.argv.includes('--wall');
const now = useWall
  ? () => performance.now()
  : () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const corpusDir = resolve(arg('corpus', join(root, '..', 'shared', 'corpus')));
const runs = Number(arg('runs', '5'));

// The TypeScript core, bundled in memory.
const bundle = await esbuild.build({
  stdin: {
    contents: [
      "export { compileMatcher } from './src/core/matcher-compile';",
      "export { createMatcher } from './src/core/matcher';",
      "export { fold } from './src/core/fold';",
      "export { FIXTURE_TOPICS } from './tests/unit/matcher-fixture';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const core = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);

const topicsPath = arg('topics', join(root, 'data', 'topics.json'));
let topics;
if (existsSync(topicsPath)) {
  const raw = JSON.parse(readFileSync(topicsPath, 'utf8'));
  topics = Array.isArray(raw) ? raw : raw.topics;
} else {
  console.log(`(${topicsPath} missing: using the test fixture topics)`);
  topics = core.FIXTURE_TOPICS;
}
const conv = [
  ['cn', 'tw'],
  ['cn', 'hk'],
  ['tw', 'cn'],
  ['hk', 'cn'],
].map(([from, to]) => OpenCC.Converter({ from, to }));
const zhVariants = (s) => [...new Set(conv.map((c) => c(s)))];

let t = performance.now();
const compiled = core.compileMatcher(topics, { zhVariants });
const compileMs = performance.now() - t;
const aliasCount = topics.reduce(
  (n, tp) => n + Object.values(tp.aliases).flat().length + (tp.ambiguous ?? []).length,
  0,
);
const kb = (s) => (s / 1024).toFixed(1);
const utf8 = (s) => Buffer.byteLength(s, 'utf8');
const asciiJs = (s) => JSON.stringify(s).replace(/[\u0080-\uffff]/g, '\\uXXXX').length;
const full = compiled.patterns.map((p) => p.source);
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
console.log(
  `topics ${topics.length}, aliases ${aliasCount}, capture groups ${sum(compiled.patterns.map((p) => p.entries.length))}, build compile ${compileMs.toFixed(0)} ms`,
);
console.log(
  `full patterns: ${full.length} × [${full.map((s) => s.length).join(', ')}] chars = ${kb(sum(full.map((s) => s.length)))} K chars, ` +
    `${kb(sum(full.map(utf8)))} KB UTF-8, ${kb(sum(full.map(asciiJs)))} KB as ASCII-escaped JS`,
);
const pre = compiled.prefilter.map((p) => p.source);
const byScript = (ps) => ps.map((p) => `${p.script} ${(p.source.length / 1000).toFixed(1)}K`).join(', ');
console.log(`  by script: ${byScript(compiled.patterns)}; prefilter: ${byScript(compiled.prefilter)}`);
console.log(
  `prefilter: ${pre.length} × [${pre.map((s) => s.length).join(', ')}] chars, ${kb(sum(pre.map(utf8)))} KB UTF-8; ` +
    `whole CompiledMatcher JSON ${kb(utf8(JSON.stringify(compiled)))} KB UTF-8, ${kb(asciiJs(JSON.stringify(compiled)))} KB ASCII-escaped`,
);

// Page texts: what Highlighter.scanAll tests first.
const manifest = JSON.parse(readFileSync(join(corpusDir, 'manifest.json'), 'utf8'));
const pages = manifest.files.map((f) => {
  const dom = new JSDOM(readFileSync(join(corpusDir, f.file), 'utf8'), { virtualConsole: new VirtualConsole() });
  const text = dom.window.document.body?.textContent ?? '';
  dom.window.close();
  return { file: f.file, text };
});
const chars = pages.reduce((n, p) => n + p.text.length, 0);
gc();
console.log(`corpus: ${pages.length} pages, ${(chars / 1e6).toFixed(2)} M chars of body text`);

// A fresh source per trial defeats V8's regexp compilation cache, so every trial pays the cold
// compile, as a new page does. `|(?!)N` never matches and adds no capture group.
let trial = 0;
function freshMatcher() {
  trial++;
  return core.createMatcher({
    ...compiled,
    patterns: compiled.patterns.map((p) => ({ ...p, source: `${p.source}|(?!)${trial}` })),
    prefilter: compiled.prefilter.map((p) => ({ ...p, source: `${p.source}|(?!)${trial}` })),
  });
}
function withoutPrefilter(text) {
  const t0 = now();
  freshMatcher().find(text);
  return now() - t0;
}
function withPrefilter(text) {
  const t0 = now();
  const m = freshMatcher();
  const hit = m.mayMatch(text);
  if (hit) m.find(text);
  return { ms: now() - t0, hit };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

// Warm up the engine itself (not the patterns: every trial compiles anew).
for (const p of pages.slice(0, 5)) (withoutPrefilter(p.text), withPrefilter(p.text));

const rows = pages.map((p) => {
  gc();
  const a = [];
  const b = [];
  let hit = false;
  for (let i = 0; i < runs; i++) {
    a.push(withoutPrefilter(p.text));
    const r = withPrefilter(p.text);
    b.push(r.ms);
    hit = r.hit;
  }
  const mentions = core.createMatcher(compiled).find(p.text).length;
  return { file: p.file, chars: p.text.length, without: Math.min(...a), with: Math.min(...b), hit, mentions };
});
const col = (k) => rows.map((r) => r[k]);
const fmt = (xs) =>
  `median ${median(xs).toFixed(3)} ms, p90 ${pct(xs, 0.9).toFixed(3)} ms, max ${Math.max(...xs).toFixed(2)} ms, total ${sum(xs).toFixed(1)} ms`;
console.log(
  `\nno-match pages, time to first result from a cold matcher (best of ${runs} per page, ${useWall ? 'wall-clock' : 'CPU'} time):`,
);
console.log(`  without prefilter (compile + scan):      ${fmt(col('without'))}`);
console.log(`  with prefilter (full only on a hit):     ${fmt(col('with'))}`);
const hits = rows.filter((r) => r.hit);
console.log(
  `  prefilter hits: ${hits.length}/${rows.length} pages (${((100 * hits.length) / rows.length).toFixed(1)}% false hits)`,
);
for (const r of hits) console.log(`    hit: ${r.file} (${r.chars} chars; full patterns find ${r.mentions} candidates)`);
const found = rows.filter((r) => r.mentions > 0);
console.log(`  pages where the full patterns find candidates: ${found.length}`);
const small = rows.filter((r) => r.chars < 20_000);
console.log(
  `  pages under 20 K chars (${small.length}): without ${fmt(small.map((r) => r.without))}; with ${fmt(small.map((r) => r.with))}`,
);

// Cold compile alone: a fresh matcher on a short text.
const cold = (fn) => {
  const xs = [];
  for (let i = 0; i < 21; i++) {
    const t0 = now();
    fn(freshMatcher());
    xs.push(now() - t0);
  }
  return Math.min(...xs);
};
const short = 'Nothing to see here. '.repeat(5);
console.log(
  `\ncold matcher on a 100-char text: find() ${cold((m) => m.find(short)).toFixed(3)} ms, mayMatch() ${cold((m) => m.mayMatch(short)).toFixed(3)} ms`,
);

// Scan speed once compiled (warm), over all page texts.
{
  const warm = core.createMatcher(compiled);
  warm.mayMatch('warm up');
  warm.find('warm up');
  gc();
  const tPre = Math.min(
    ...[0, 1, 2].map(() => {
      const t0 = now();
      for (const p of pages) warm.mayMatch(p.text);
      return now() - t0;
    }),
  );
  const tFull = Math.min(
    ...[0, 1, 2].map(() => {
      const t0 = now();
      for (const p of pages) warm.find(p.text);
      return now() - t0;
    }),
  );
  console.log(
    `warm scan of all ${(chars / 1e6).toFixed(1)} M chars: mayMatch ${tPre.toFixed(0)} ms (${((tPre / chars) * 1e6).toFixed(2)} ns/char), find ${tFull.toFixed(0)} ms (${((tFull / chars) * 1e6).toFixed(2)} ns/char)`,
  );
}

// Identifying the alias: capture groups (what find() does) vs a fold of the match + table lookup.
const sample = topics.flatMap((tp) => [...Object.values(tp.aliases).flat()]).filter((a) => !/[\u3400-\u9fff]/.test(a));
const filler = pages.find((p) => p.file.includes('wikipedia.html'))?.text.slice(0, 200_000) ?? '';
const dense = filler
  .split('. ')
  .map((s, i) => `${s}. ${sample[i % sample.length]}`)
  .join(' ');
const matcher = core.createMatcher(compiled);
matcher.find('warm');
const bare = compiled.patterns.map((p) => new RegExp(p.source.replaceAll('()', ''), compiled.flags));
const table = new Map(sample.map((s) => [core.fold(s, compiled.zhFold), 1]));
const time = (fn) => {
  const xs = [];
  for (let i = 0; i < 7; i++) {
    const t0 = now();
    fn();
    xs.push(now() - t0);
  }
  return Math.min(...xs);
};
let n = 0;
gc();
const tCaptures = time(() => (n = matcher.find(dense).length));
const scanBare = (perMatch) => {
  for (const re of bare) {
    re.lastIndex = 0;
    for (let m = re.exec(dense); m; m = re.exec(dense)) perMatch(m[0]);
  }
};
const tFold = time(() => scanBare((s) => table.get(core.fold(s, compiled.zhFold))));
const tBare = time(() => scanBare(() => {}));
console.log(`\nmention-dense text (${(dense.length / 1e3).toFixed(0)} K chars, ${n} mentions):`);
console.log(`  find() (capture groups, merge of ${bare.length} patterns): ${tCaptures.toFixed(2)} ms`);
console.log(
  `  patterns without captures, each match folded + looked up: ${tFold.toFixed(2)} ms (bare scans: ${tBare.toFixed(2)} ms)`,
);

// Derives the prefilter's everyday-word list (src/core/matcher-prefilter-words.ts) on the TUNING half
// of ../shared/corpus only, and reports the validating half apart (tests/browser/corpus-split.mjs).
//
// Procedure (deterministic): start from the candidates (scripts/prefilter-words/candidates.json, the
// hand list as it stood before the split, tuned with all 77 pages in view) and take each word out in
// turn, in list order. A word whose removal changes no alias's fragment goes at once (no page can
// tell; rerun this script when data/ changes). Otherwise the prefilter is compiled without it and run
// over the tuning half's text (what a full scan reads: every text node but script, style, noscript
// and template text); the word stays only if its removal wakes a tuning page that slept or adds hits
// there. The validating half is read only once the list is final; both halves are then reported for
// the candidate list and the derived one.
// (Tried and not kept: calling everyday every alias word found on two or more tuning pages. With
// only 37 pages, words rare there but common elsewhere stayed fragments: 17 of the 37 tuning pages
// and 19 of the 40 validating pages woke, against 4 and 11 with the procedure above.)
// Usage: node scripts/tune-prefilter-words.mjs [--write]   (--write rewrites the list file)
import * as esbuild from 'esbuild';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusHalf } from '../tests/browser/corpus-split.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, '..', 'shared', 'corpus');
const WORDS_FILE = join(root, 'src', 'core', 'matcher-prefilter-words.ts');

const bundle = await esbuild.build({
  stdin: {
    contents: [
      "export { prepareData, zhVariants } from './src/build/prepare-data';",
      "export { compileMatcher } from './src/core/matcher-compile';",
      "export { createMatcher } from './src/core/matcher';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  packages: 'external',
  write: false,
  logLevel: 'silent',
});
const tmp = join(root, '.tmp', 'tune-prefilter-words.mjs');
writeFileSync(tmp, bundle.outputFiles[0].text);
const core = await import(tmp);

const { kb } = core.prepareData(join(root, 'data'));
const variants = new Map();
const zhVariants = (text) => {
  if (!variants.has(text)) variants.set(text, core.zhVariants(text));
  return variants.get(text);
};

/** The rendered text of a corpus page, as text-parts.ts reads it (script-like text left out). */
function pageText(file, charset) {
  const bytes = readFileSync(join(corpus, file));
  let html;
  try {
    html = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    html = new TextDecoder((charset ?? 'utf-8').toLowerCase().replace(/^gb2312$/, 'gb18030')).decode(bytes);
  }
  const doc = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
  if (!doc.body) return '';
  const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
  const walker = doc.createTreeWalker(doc.body, 4);
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!skip.has(n.parentNode?.nodeName)) text += n.data;
  return text;
}

const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8'));
const pages = manifest.files.map((f) => ({ file: f.file, half: corpusHalf(f.file), charset: f.declared_charset }));
const read = (half) => pages.filter((p) => p.half === half).map((p) => ({ ...p, text: pageText(p.file, p.charset) }));
const tune = read('tune');
process.stderr.write(`tuning half: ${tune.length} pages read\n`);

const everyday = (en, ru) => ({ en: new Set(en), ruStems: ru });
const prefilter = (words) => core.compileMatcher(kb.topics, { zhVariants, everyday: words, prefilterOnly: true });
const key = (compiled) => compiled.prefilter.map((p) => p.source).join('\n');
/** Pages with a hit and hits in all, over these pages. */
function measure(compiled, list) {
  const m = core.createMatcher(compiled);
  let woken = 0;
  let hits = 0;
  const names = [];
  for (const p of list) {
    const n = m.hits(p.text).length;
    if (n) {
      woken++;
      names.push(p.file);
    }
    hits += n;
  }
  return { woken, hits, names };
}

const candidates = JSON.parse(readFileSync(join(root, 'scripts', 'prefilter-words', 'candidates.json'), 'utf8'));
let en = [...candidates.en];
let ru = [...candidates.ru];
let current = prefilter(everyday(en, ru));
let score = measure(current, tune);
process.stderr.write(
  `candidates: ${en.length} + ${ru.length} words; tuning half woken ${score.woken}, hits ${score.hits}\n`,
);
const dropped = [];
for (const [lang, word] of [...candidates.en.map((w) => ['en', w]), ...candidates.ru.map((w) => ['ru', w])]) {
  const nextEn = lang === 'en' ? en.filter((w) => w !== word) : en;
  const nextRu = lang === 'ru' ? ru.filter((w) => w !== word) : ru;
  const next = prefilter(everyday(nextEn, nextRu));
  if (key(next) !== key(current)) {
    const s = measure(next, tune);
    if (s.woken > score.woken || s.hits > score.hits) continue;
    score = s;
  }
  [en, ru, current] = [nextEn, nextRu, next];
  dropped.push(word);
}
process.stderr.write(`kept ${en.length} + ${ru.length}; dropped ${dropped.length}\n`);

// Only now the validating half, for the report.
const validate = read('validate');
const old = prefilter(everyday(candidates.en, candidates.ru));
for (const [label, compiled] of [
  ['old list (tuned on all 77)', old],
  ['derived on the tuning half', current],
]) {
  const t = measure(compiled, tune);
  const v = measure(compiled, validate);
  console.log(
    `${label}: tuning half ${t.woken}/${tune.length} pages woken (${t.hits} hits); validating half ${v.woken}/${validate.length} (${v.hits} hits)`,
  );
  console.log(`  validating pages woken: ${v.names.join(', ') || 'none'}`);
}

if (process.argv.includes('--write')) {
  const source = readFileSync(WORDS_FILE, 'utf8');
  const wrap = (words) =>
    words
      .join(' ')
      .replace(/(.{1,100})(?: |$)/g, '$1\n')
      .trim()
      .split('\n')
      .map((line) => `  '${line} '`)
      .join(' +\n')
      .replace(/ '$/, "'");
  const generated =
    `// GENERATED BELOW by scripts/tune-prefilter-words.mjs\n` + `const EN =\n${wrap(en)};\nconst RU =\n${wrap(ru)};\n`;
  const at = source.indexOf('// GENERATED BELOW');
  const end = source.indexOf('\nexport const EVERYDAY_WORDS');
  writeFileSync(WORDS_FILE, `${source.slice(0, at)}${generated}${source.slice(end)}`);
  process.stderr.write(`wrote ${WORDS_FILE}\n`);
}

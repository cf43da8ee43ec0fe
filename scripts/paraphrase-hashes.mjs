// npm run paraphrase:hashes [-- --research DIR] [-- --check]
// Hashes every 8-word run and 12-Han-character run of the paper's abstract and the fact sheet
// (../shared/research by default) into tests/unit/paraphrase/source-ngrams.json, so the
// paraphrase test runs in a clone with nothing beside it. --check exits 1 when the committed list is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO } from '../tests/browser/server.mjs';
import { importTs } from './import-ts.mjs';

// The record (paper-record.md) is left out: it quotes the Chinese abstract's short terms so that the data
// can quote them as the paper's wording (tests/unit/paper/paper-quotes.test.ts checks such quotations).
export const SOURCE_FILES = ['paper-abstract.txt', 'facts.md'];
const OUT = join(REPO, 'tests', 'unit', 'paraphrase', 'source-ngrams.json');

const args = process.argv.slice(2);
const at = args.indexOf('--research');
const research = resolve(at >= 0 ? (args[at + 1] ?? '') : join(REPO, '..', 'shared', 'research'));
const missing = SOURCE_FILES.filter((f) => !existsSync(join(research, f)));
if (missing.length) {
  console.error(`paraphrase:hashes needs the research sources in ${research} (missing: ${missing.join(', ')})`);
  process.exit(2);
}

const { wordRuns, hanRuns, hashRun, WORD_RUN, HAN_RUN } = await importTs('src/build/source-ngrams.ts');
const texts = SOURCE_FILES.map((f) => readFileSync(join(research, f), 'utf8'));
const sorted = (runs) => [...new Set(runs.map(hashRun))].sort();
const list = {
  about: `SHA-256 (first 16 hex digits) of every ${WORD_RUN}-word and ${HAN_RUN}-Han-character run of ${SOURCE_FILES.join(', ')}. Regenerate: npm run paraphrase:hashes`,
  words: sorted(texts.flatMap(wordRuns)),
  han: sorted(texts.flatMap(hanRuns)),
};
const json = `${JSON.stringify(list, null, 1)}\n`;

if (args.includes('--check')) {
  const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
  if (current !== json) {
    console.error(`${OUT} is stale: run npm run paraphrase:hashes`);
    process.exit(1);
  }
  console.log(`${OUT}: up to date (${list.words.length} word runs, ${list.han.length} Han runs)`);
} else {
  writeFileSync(OUT, json);
  console.log(`wrote ${OUT}: ${list.words.length} word runs, ${list.han.length} Han runs`);
}

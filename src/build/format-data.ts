/**
 * CLI: rewrite data/{paper,theses,topics,evidence}.json in canonical form, or with --check only
 * list the files that are not (exit code 1). Run it bundled, since Node 20 cannot run .ts:
 *   npx esbuild src/build/format-data.ts --bundle --platform=node --format=esm \
 *     --packages=external --outfile=/tmp/fmt.mjs && node /tmp/fmt.mjs [--check] [dataDir]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson } from './canonical-json';
import { KB_FILES } from './data-error';

const args = process.argv.slice(2);
const checkOnly = args.includes('--check');
const dir = args.find((a) => !a.startsWith('--')) ?? 'data';

let stale = 0;
for (const name of KB_FILES) {
  const path = join(dir, `${name}.json`);
  const text = readFileSync(path, 'utf8');
  const canonical = canonicalJson(name, JSON.parse(text));
  if (text === canonical) continue;
  stale += 1;
  if (checkOnly) console.log(`not canonical: ${path}`);
  else {
    writeFileSync(path, canonical);
    console.log(`formatted: ${path}`);
  }
}
if (checkOnly && stale > 0) process.exitCode = 1;

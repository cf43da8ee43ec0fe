// npm run format:data [-- --check]: rewrites data/*.json in canonical form (or, with --check, lists
// the files that are not). The work is in src/build/format-data.ts; Node 20 cannot run .ts, so bundle it first.
import * as esbuild from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from '../tests/browser/server.mjs';

const out = join(REPO, '.tmp', 'format-data.mjs');
await esbuild.build({
  entryPoints: [join(REPO, 'src', 'build', 'format-data.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile: out,
  logLevel: 'silent',
});
process.argv.push(join(REPO, 'data'));
await import(pathToFileURL(out).href);

// Node 20 cannot run TypeScript: bundle a build-time module (src/build/*.ts) with esbuild into .tmp/
// and import it. Used by build.mjs and scripts/format-data.mjs.
import * as esbuild from 'esbuild';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function importTs(entry) {
  const out = join(root, '.tmp', basename(entry).replace(/\.ts$/, '.mjs'));
  await esbuild.build({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: out,
    logLevel: 'silent',
  });
  return import(`${pathToFileURL(out).href}?t=${Date.now()}`);
}

// npm run package: store zips of the built extension in dist/ (Chrome Web Store and addons.mozilla.org).
import { execFileSync } from 'node:child_process';
import { readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO } from '../tests/browser/server.mjs';

const { version } = JSON.parse(await readFile(join(REPO, 'manifest.json'), 'utf8'));
const webExt = join(REPO, 'node_modules', '.bin', 'web-ext');

for (const [browser, dir] of [['chrome', 'extension'], ['firefox', 'dist/firefox']]) {
  const target = join(REPO, 'dist', `sino-soviet-notes-${browser}-${version}.zip`);
  const tmp = join(REPO, 'dist', `.pack-${browser}`);
  await rm(tmp, { recursive: true, force: true });
  execFileSync(webExt, ['build', '--source-dir', join(REPO, dir), '--artifacts-dir', tmp, '--overwrite-dest', '--ignore-files', 'README.md', '--filename', 'pack.zip'], { stdio: ['ignore', 'ignore', 'inherit'] });
  await rename(join(tmp, 'pack.zip'), target);
  await rm(tmp, { recursive: true, force: true });
  console.log(`wrote ${target.slice(REPO.length + 1)}`);
}

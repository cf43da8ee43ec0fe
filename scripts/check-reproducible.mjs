// npm run check:reproducible: copies the sources into two fresh folders (different paths, so nothing
// may depend on where the checkout lives), builds and packages each, and fails unless both give zips
// with the same sha256. Both copies use this checkout's node_modules (the same installed tools), or with
// --clean-install each runs its own `npm ci` first, as a store reviewer would (slower; needs the registry).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO } from '../tests/browser/server.mjs';

const cleanInstall = process.argv.includes('--clean-install');

/** Files git would put in a fresh clone, plus new files not yet committed (ignored ones left out). */
function sourceFiles() {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: REPO,
    encoding: 'utf8',
  });
  return out.split('\0').filter((f) => f && f !== 'node_modules');
}

async function freshCopy(into) {
  for (const file of sourceFiles()) {
    await mkdir(dirname(join(into, file)), { recursive: true });
    await cp(join(REPO, file), join(into, file)).catch((error) => {
      // A file deleted in the working tree but still in the index: a fresh clone of the edit would lack it too.
      if (error.code !== 'ENOENT') throw error;
    });
  }
  if (cleanInstall)
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: into, stdio: ['ignore', 'ignore', 'inherit'] });
  else await symlink(join(REPO, 'node_modules'), join(into, 'node_modules'), 'dir');
}

async function buildIn(dir) {
  const run = (args) => execFileSync(process.execPath, args, { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  run(['build.mjs', '--quiet']);
  run(['scripts/package.mjs']);
  const zips = (await readdir(join(dir, 'dist'))).filter((f) => f.endsWith('.zip')).sort();
  const hashes = {};
  for (const zip of zips)
    hashes[zip] = createHash('sha256')
      .update(await readFile(join(dir, 'dist', zip)))
      .digest('hex');
  return hashes;
}

const base = await mkdtemp(join(tmpdir(), 'ssn-repro-'));
try {
  const results = [];
  for (const name of ['first', 'second-copy']) {
    const dir = join(base, name);
    await freshCopy(dir);
    results.push(await buildIn(dir));
  }
  const [a, b] = results;
  let same = Object.keys(a).length === 2 && JSON.stringify(Object.keys(a)) === JSON.stringify(Object.keys(b));
  for (const zip of Object.keys(a)) {
    const match = a[zip] === b[zip];
    same &&= match;
    console.log(`${match ? 'same     ' : 'DIFFERENT'} ${zip}  ${a[zip]}${match ? '' : ` vs ${b[zip]}`}`);
  }
  if (!same) {
    console.error('check:reproducible: the two builds differ');
    process.exitCode = 1;
  } else {
    console.log('check:reproducible: two builds in two folders gave byte-identical zips');
  }
} finally {
  await rm(base, { recursive: true, force: true });
}

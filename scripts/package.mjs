// npm run package: store zips of the built extension in dist/ (Chrome Web Store and addons.mozilla.org).
// The zips are reproducible: files in sorted order, every entry dated SOURCE_DATE_EPOCH (or a fixed
// date), no owner or permission bits, so the same sources give byte-identical zips on any machine.
// Usage: node scripts/package.mjs [--out DIR]   (run after build.mjs; `npm run package` does both)
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { REPO } from '../tests/browser/server.mjs';

/** 2000-01-01 UTC: any fixed date will do; zip dates cannot go below 1980. */
const DEFAULT_EPOCH_S = 946684800;

export function zipDate(env = process.env) {
  const epoch = Number(env.SOURCE_DATE_EPOCH ?? DEFAULT_EPOCH_S);
  if (!Number.isInteger(epoch) || epoch < 315532800)
    throw new Error(`SOURCE_DATE_EPOCH must be a whole number of seconds after 1980 (got ${env.SOURCE_DATE_EPOCH})`);
  return new Date(epoch * 1000);
}

/** What goes into a store zip: every file, in sorted order, except dotfiles and the folder's README (as web-ext build did). */
export async function packagedFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) =>
      relative(dir, join(e.parentPath ?? e.path, e.name))
        .split(sep)
        .join('/'),
    )
    .filter((path) => path !== 'README.md' && !path.split('/').some((part) => part.startsWith('.')))
    .sort();
}

/** The zip of `dir` as a Buffer: same files and bytes in, same zip out. */
export async function zipDirectory(dir, date = zipDate()) {
  const zip = new JSZip();
  for (const path of await packagedFiles(dir)) {
    zip.file(path, await readFile(join(dir, path)), { date });
  }
  // JSZip adds each parent folder as an entry dated now: give them the fixed date too.
  for (const entry of Object.values(zip.files)) entry.date = date;
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    platform: 'DOS',
  });
}

export async function packageAll(outDir = join(REPO, 'dist')) {
  const { version } = JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8'));
  await mkdir(outDir, { recursive: true });
  const written = [];
  for (const [browser, dir] of [
    ['chrome', 'extension'],
    ['firefox', 'dist/firefox'],
  ]) {
    const target = join(outDir, `sino-soviet-notes-${browser}-${version}.zip`);
    await writeFile(target, await zipDirectory(join(REPO, dir)));
    written.push(target);
  }
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--out');
  for (const file of await packageAll(at > 0 ? process.argv[at + 1] : undefined)) {
    console.log(`wrote ${file.startsWith(REPO) ? file.slice(REPO.length + 1) : file}`);
  }
}

// npm run release -- patch|minor|major|X.Y.Z
// Bumps the version in its one home, package.json (and package-lock.json, through npm itself; the build
// writes it into both browsers' manifests), adds a CHANGELOG.md entry listing the commits since the last
// entry, and builds both store zips. It commits and tags nothing: review the entry, then commit.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const REPO = join(import.meta.dirname, '..');
const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;

export function nextVersion(current, bump) {
  const m = SEMVER.exec(current);
  if (!m) throw new Error(`package.json version "${current}" is not X.Y.Z`);
  const [major, minor, patch] = m.slice(1).map(Number);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  if (bump === 'patch') return `${major}.${minor}.${patch + 1}`;
  const wanted = SEMVER.exec(bump ?? '');
  if (!wanted) throw new Error('usage: npm run release -- patch|minor|major|X.Y.Z');
  const order = (v) =>
    v
      .split('.')
      .map(Number)
      .reduce((acc, n) => acc * 100000 + n, 0);
  if (order(bump) <= order(current)) throw new Error(`${bump} is not after ${current}`);
  return bump;
}

const HEADER = '# Changelog\n\nEach release of Sino-Soviet Notes, newest first (written by `npm run release`).\n';

/** The changelog with a new entry on top of the earlier ones. */
export function withEntry(changelog, version, date, changes) {
  const earlier = changelog.startsWith('# Changelog')
    ? changelog.slice(changelog.indexOf('\n## ') + 1 || changelog.length)
    : changelog;
  const items = changes.length ? changes.map((c) => `- ${c}`).join('\n') : '- (no commits since the last entry)';
  const rest = earlier.startsWith('## ') ? `\n${earlier}` : '';
  return `${HEADER}\n## ${version} \u2014 ${date}\n\n${items}\n${rest}`;
}

function git(args) {
  return execFileSync('git', args, { cwd: REPO, encoding: 'utf8' }).trim();
}

/** Commit subjects since CHANGELOG.md last changed (all of them before the first release). */
function changesSinceLastEntry() {
  const last = git(['log', '-1', '--format=%H', '--', 'CHANGELOG.md']);
  const range = last ? [`${last}..HEAD`] : [];
  return git(['log', '--no-merges', '--format=%s', ...range])
    .split('\n')
    .filter(Boolean);
}

async function main() {
  const bump = process.argv[2];
  const pkg = JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8'));
  const version = nextVersion(pkg.version, bump);
  // npm writes package.json and package-lock.json alike.
  execFileSync('npm', ['version', version, '--no-git-tag-version'], { cwd: REPO, stdio: 'ignore' });
  const file = join(REPO, 'CHANGELOG.md');
  const changelog = await readFile(file, 'utf8').catch(() => '');
  const date = new Date().toISOString().slice(0, 10);
  await writeFile(file, withEntry(changelog, version, date, changesSinceLastEntry()));
  execFileSync('npm', ['run', '-s', 'package'], { cwd: REPO, stdio: 'inherit' });
  console.log(
    `released ${pkg.version} \u2192 ${version}: review CHANGELOG.md, then commit package.json, package-lock.json and CHANGELOG.md`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

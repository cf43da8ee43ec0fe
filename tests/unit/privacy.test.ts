// docs/privacy.md promises that nothing leaves the machine and names every storage key and area: keep
// the code to that promise.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

const REPO = join(__dirname, '..', '..');
const SRC = join(REPO, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

// src/build runs in Node at build time and never ships.
const shipped = sourceFiles(SRC).filter((f) => !f.includes(join('src', 'build')));

describe('privacy promises', () => {
  it('no shipped code makes a network request', () => {
    for (const file of shipped) {
      const code = readFileSync(file, 'utf8');
      expect(code, relative(REPO, file)).not.toMatch(
        /\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts/,
      );
    }
  });

  it('uses only the storage areas docs/privacy.md describes', () => {
    const areas = new Set<string>();
    for (const file of shipped) {
      for (const m of readFileSync(file, 'utf8').matchAll(/storage\.(\w+)\.(?:get|set|remove|clear)\b/g))
        areas.add(m[1] as string);
      expect(readFileSync(file, 'utf8'), relative(REPO, file)).not.toMatch(
        /\b(localStorage|sessionStorage|indexedDB)\b/,
      );
    }
    expect([...areas].sort()).toEqual(['local', 'session', 'sync']);
  });

  it('documents every storage key', () => {
    const doc = readFileSync(join(REPO, 'docs', 'privacy.md'), 'utf8');
    const keys = readFileSync(join(SRC, 'shared', 'storage-keys.ts'), 'utf8');
    expect(keys).toMatch(/SETTINGS_KEY = 'settings'/);
    expect(doc).toContain('`settings` in `storage.sync`');
    expect(keys).toMatch(/`tab:\$\{tabId\}`/);
    expect(doc).toContain('`tab:<id>` in `storage.session`');
    for (const field of Object.keys(DEFAULT_SETTINGS)) expect(doc, field).toContain(`| \`${field}\` |`);
  });
});

// Borders between contexts (as darkreader enforces with lint zones): the core is pure, the content
// script stays small and never pulls in UI or build code.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '..', '..', 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '');
}

describe('module borders', () => {
  it('src/core imports nothing from the browser, the DOM or other layers', () => {
    for (const file of filesUnder(join(SRC, 'core'))) {
      const rel = relative(SRC, file);
      for (const spec of importsOf(file)) {
        expect(spec.startsWith('./') || spec.startsWith('../core/'), `${rel} imports ${spec}`).toBe(true);
      }
      const code = readFileSync(file, 'utf8');
      expect(/\b(document|window|chrome|browser)\./.test(code), `${rel} touches a browser global`).toBe(false);
    }
  });

  it('the content script never imports UI, background or build code', () => {
    for (const file of filesUnder(join(SRC, 'content'))) {
      for (const spec of importsOf(file)) {
        expect(/(popup|options|background|build)\//.test(spec) || spec === 'preact', `${relative(SRC, file)} imports ${spec}`).toBe(false);
      }
    }
  });

  it('only src/platform imports webextension-polyfill', () => {
    for (const file of filesUnder(SRC)) {
      if (file.includes(`${join('src', 'platform')}`)) continue;
      expect(importsOf(file), relative(SRC, file)).not.toContain('webextension-polyfill');
    }
  });
});

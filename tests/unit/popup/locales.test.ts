// Both UI languages carry the same strings with the same substitutions; no component hard-codes UI text.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMessages } from './fake-host';

const POPUP = join(__dirname, '..', '..', '..', 'src', 'popup');

describe('popup locales', () => {
  it('zh_CN has exactly the keys of en, with the same $n substitutions', () => {
    const en = loadMessages('en');
    const zh = loadMessages('zh_CN');
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    const subs = (m: string): string[] => (m.match(/\$\d|%s/g) ?? []).sort();
    for (const key of Object.keys(en)) expect(subs(zh[key]!.message), key).toEqual(subs(en[key]!.message));
  });

  it('views and parts put no literal words between tags', () => {
    const files = ['views', 'parts'].flatMap((dir) => readdirSync(join(POPUP, dir)).map((f) => join(POPUP, dir, f)));
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      // Text directly inside JSX, like "<p>Back<" (a tag's ">" follows a name, quote or brace; a comparison's
      // follows a space) — symbols (‹ › ← ·) are fine, letters are not.
      const literal = code.match(/(?<=[\p{L}\d"'}])>\s*[\p{L}][^<>{}]*</gu);
      expect(literal, file).toBeNull();
    }
  });

  it('never renders HTML from strings', () => {
    for (const dir of ['', 'views', 'parts']) {
      for (const name of readdirSync(join(POPUP, dir)).filter((f) => /\.tsx?$/.test(f))) {
        expect(readFileSync(join(POPUP, dir, name), 'utf8'), name).not.toMatch(/dangerouslySetInnerHTML|innerHTML/);
      }
    }
  });
});

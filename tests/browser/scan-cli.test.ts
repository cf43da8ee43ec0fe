// `npm run scan` prints exactly one JSON line per page with exactly the expected mentions,
// reports a page it cannot load as an error, and exits non-zero only at the end.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO } from './server.mjs';

const run = promisify(execFile);
const scan = (...pages: string[]) =>
  run(process.execPath, [join(REPO, 'scripts', 'scan.mjs'), ...pages], { cwd: REPO }).then(
    (r) => ({ code: 0, stdout: r.stdout }),
    (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
  );

describe('npm run scan', () => {
  it('prints the mentions of a fixture page', async () => {
    const { code, stdout } = await scan('tests/fixtures/basic.html');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      page: 'tests/fixtures/basic.html',
      mentions: [
        // About 60 characters around each mention, cut at word edges; the thesis its card leads with
        // (December 1949: the new treaty; "years later": none of the paper's points).
        {
          topic: 'mao-zedong',
          text: 'Mao Zedong',
          context: 'Mao Zedong travelled to Moscow to meet Stalin in December…',
          thesis: 'new-treaty-1950',
        },
        {
          topic: 'stalin',
          text: 'Stalin',
          context: '…Zedong travelled to Moscow to meet Stalin in December 1949.',
          thesis: 'new-treaty-1950',
        },
        { topic: 'khrushchev', text: 'Khrushchev', context: 'Years later Khrushchev visited Beijing.', thesis: null },
      ],
      errors: [],
    });
  });

  it('keeps going past a page it cannot load, and fails at the end', async () => {
    const { code, stdout } = await scan('tests/fixtures/no-such-page.html', 'tests/fixtures/basic.html');
    const [missing, basic] = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(missing.page).toBe('tests/fixtures/no-such-page.html');
    expect(missing.mentions).toEqual([]);
    expect(missing.errors[0]).toMatch(/no such file/);
    expect(basic.mentions).toHaveLength(3);
    expect(code).toBe(1);
  });
});

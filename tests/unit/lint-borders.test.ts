// The lint guards the borders between layers (eslint.config.mjs, scripts/lint/borders.mjs): each
// snippet below is linted as if it were a file at that path, with the project's own config, and each
// crossing of a border must be reported (the snippets are never written to disk).
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const BORDER_RULES = new Set(['no-restricted-imports', 'no-restricted-globals', '@typescript-eslint/no-explicit-any']);

let eslint: ESLint;
beforeAll(async () => {
  eslint = new ESLint({
    cwd: ROOT,
    // Type information is not needed by these rules, and the snippets are not files of the project.
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
    ruleFilter: ({ ruleId }) => BORDER_RULES.has(ruleId),
  });
  // Loading the config and the parser takes seconds on a busy machine: not any one test's time.
  await eslint.lintText('', { filePath: join(ROOT, 'src/core/lint-fixture.ts') });
}, 60_000);

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const crossings: { path: string; code: string; rule: string }[] = [
  {
    path: 'src/core/lint-fixture.ts',
    code: "import { ext } from '../platform/browser';\nexport const e = ext;",
    rule: 'no-restricted-imports',
  },
  {
    path: 'src/core/lint-fixture.ts',
    code: "import type { MentionReport } from '../shared/messages';\nexport type M = MentionReport;",
    rule: 'no-restricted-imports',
  },
  {
    path: 'src/core/lint-fixture.ts',
    code: "import Mark from 'mark.js';\nexport const m = Mark;",
    rule: 'no-restricted-imports',
  },
  {
    path: 'src/core/lint-fixture.ts',
    code: 'export const title = (): string => document.title;',
    rule: 'no-restricted-globals',
  },
  {
    path: 'src/core/lint-fixture.ts',
    code: 'export const w = (): number => window.innerWidth;',
    rule: 'no-restricted-globals',
  },
  {
    path: 'src/core/lint-fixture.ts',
    code: 'export const el = (x: unknown): boolean => x instanceof HTMLElement;',
    rule: 'no-restricted-globals',
  },
  {
    path: 'src/core/lint-fixture.ts',
    code: 'export const id = (): string => chrome.runtime.id;',
    rule: 'no-restricted-globals',
  },
  {
    path: 'src/content/lint-fixture.ts',
    code: "import { App } from '../popup/App';\nexport const a = App;",
    rule: 'no-restricted-imports',
  },
  {
    path: 'src/content/previews/lint-fixture.ts',
    code: "import { render } from 'preact';\nexport const r = render;",
    rule: 'no-restricted-imports',
  },
  {
    path: 'src/content/lint-fixture.ts',
    code: "import { prepareData } from '../build/prepare-data';\nexport const p = prepareData;",
    rule: 'no-restricted-imports',
  },
  {
    path: 'src/background/lint-fixture.ts',
    code: "import { listenToRequests } from '../content/requests';\nexport const l = listenToRequests;",
    rule: 'no-restricted-imports',
  },
  {
    path: 'src/popup/views/lint-fixture.tsx',
    code: "import { makeT } from '../../options/i18n';\nexport const t = makeT;",
    rule: 'no-restricted-imports',
  },
  {
    path: 'src/options/lint-fixture.ts',
    code: "import { App } from '../popup/App';\nexport const a = App;",
    rule: 'no-restricted-imports',
  },
  {
    path: 'src/popup/lint-fixture.ts',
    code: "import browser from 'webextension-polyfill';\nexport const b = browser;",
    rule: 'no-restricted-imports',
  },
  {
    path: 'src/options/lint-fixture.ts',
    code: "export const get = () => chrome.storage.sync.get('x');",
    rule: 'no-restricted-globals',
  },
  {
    path: 'src/content/lint-fixture.ts',
    code: 'export const b = () => browser.runtime.id;',
    rule: 'no-restricted-globals',
  },
  {
    path: 'src/shared/lint-fixture.ts',
    code: "import { ext } from '../platform/browser';\nexport const e = ext;",
    rule: 'no-restricted-imports',
  },
  {
    path: 'src/content/lint-fixture.ts',
    code: 'export const f = (x: any): number => x;',
    rule: '@typescript-eslint/no-explicit-any',
  },
];

const allowed: [string, string][] = [
  ['src/core/lint-fixture.ts', "import { fold } from './fold';\nexport const f = fold;"],
  [
    'src/content/lint-fixture.ts',
    "import { fold } from '../core/fold';\nimport { ext } from '../platform/browser';\nimport type { MentionReport } from '../shared/messages';\nexport const x = [fold, ext];\nexport type M = MentionReport;\nexport const t = (): string => document.title;",
  ],
  [
    'src/popup/lint-fixture.tsx',
    "import { render } from 'preact';\nimport { ext } from '../platform/browser';\nexport const x = [render, ext];",
  ],
  [
    'src/platform/lint-fixture.ts',
    "import browser from 'webextension-polyfill';\nexport const x = [browser, chrome.runtime.id];",
  ],
];

describe('lint borders', { timeout: 20_000 }, () => {
  it.each(crossings)('$path: $code → $rule', async ({ path, code, rule }) => {
    expect(await problems(path, code)).toContain(rule);
  });

  it.each(allowed)('%s: allows imports within the borders', async (path, code) => {
    expect(await problems(path, code)).toEqual([]);
  });
});

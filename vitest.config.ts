import { defineConfig } from 'vitest/config';

// Browser tests that read real pages from ../shared/corpus: `npm run test:corpus`, never `npm test`,
// which must pass in a clone with nothing beside it.
const CORPUS_TESTS = [
  'tests/browser/corpus.test.ts',
  'tests/browser/hit-test-accuracy.test.ts',
  'tests/corpus/abstract-terms-source.test.ts',
];

// Three projects: fast unit tests of the pure core and UI components, browser tests that drive
// Debian's Chromium with the built extension (run one file at a time: two cores, one browser each),
// and the browser tests over the shared corpus.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          exclude: CORPUS_TESTS,
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'corpus',
          include: CORPUS_TESTS,
          globalSetup: ['tests/corpus/require-shared.mjs'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

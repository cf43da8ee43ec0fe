// npm run lint. Strict TypeScript rules (no `any`, nothing unchecked crosses a boundary) and the borders
// between layers (docs in README "How the code is laid out"):
// - src/core is pure: it imports only src/core and touches no browser or DOM global;
// - the contexts (content, background, popup, options) never import each other or build-time code;
// - only src/platform touches the extension API (webextension-polyfill, `chrome`, `browser`).
// tests/unit/lint-borders.test.ts lints fixture snippets to prove each border rule fires.
import './scripts/lint/classic-typescript.mjs';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { BROWSER_ONLY_GLOBALS, EXTENSION_GLOBALS, importBorders } from './scripts/lint/borders.mjs';

export default tseslint.config(
  {
    ignores: [
      'extension/',
      'dist/',
      'out/',
      '.tmp/',
      'node_modules/',
      'test-results/',
      'tests/fixtures/',
      'tests/unit/lint-borders/',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/consistent-type-assertions': [
        'error',
        { assertionStyle: 'as', objectLiteralTypeAssertions: 'never' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      // The matcher's character classes list combining marks and joiners on purpose (to fold or drop them).
      'no-misleading-character-class': 'off',
    },
  },
  {
    // Preact components take their callbacks as props: destructuring them is the idiom, not a lost `this`.
    files: ['**/*.tsx'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    // Browser tests drive pages through the untyped JS helpers beside them (launch.mjs, preview-card.mjs…)
    // and page.evaluate: values from there are `any` by nature, checked by the assertions that follow.
    // Tests may assert what they just checked with `!`. Writing `any` stays forbidden everywhere.
    // Fakes may implement an async interface without awaiting, or stand in for a bigger type.
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/consistent-type-assertions': [
        'error',
        { assertionStyle: 'as', objectLiteralTypeAssertions: 'allow' },
      ],
    },
  },
  {
    // Functions the browser tests and scripts hand to page.evaluate run in the extension's worker or pages.
    files: ['tests/browser/**/*.mjs', 'scripts/**/*.mjs'],
    languageOptions: { globals: { chrome: 'readonly' } },
  },
  {
    files: ['tests/browser/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  ...importBorders,
  {
    files: ['src/core/**'],
    rules: { 'no-restricted-globals': ['error', ...BROWSER_ONLY_GLOBALS, ...EXTENSION_GLOBALS] },
  },
  {
    files: ['src/**'],
    ignores: ['src/platform/**', 'src/core/**'],
    rules: { 'no-restricted-globals': ['error', ...EXTENSION_GLOBALS] },
  },
);

// The borders between src/ folders, as ESLint rule blocks (used by eslint.config.mjs). Import
// specifiers are matched as written: every import in src/ is relative or a package name.
import globals from 'globals';

const CONTEXTS = ['content', 'background', 'popup', 'options'];
/** Matches an import of any of `folders` under src/ (relative paths, any depth). */
const into = (folders) => `(^|/)(${folders.join('|')})(/|$)`;

const EXTENSION_API = {
  regex: '^webextension-polyfill$',
  message: 'Only src/platform touches the extension API: import `ext` from src/platform/browser.',
};

/** @param {string} folder @param {{ regex: string, message: string }[]} patterns */
const block = (folder, patterns) => ({
  files: [`src/${folder}/**`],
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

const contextBlock = (context, extra = []) =>
  block(context, [
    {
      regex: into([...CONTEXTS.filter((c) => c !== context), 'build']),
      message: `src/${context} may import src/core, src/shared and src/platform, never another context or build-time code.`,
    },
    EXTENSION_API,
    ...extra,
  ]);

export const importBorders = [
  // Any folder (a new one too) but src/platform; the blocks below repeat it as they replace this rule.
  {
    files: ['src/**'],
    ignores: ['src/platform/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [EXTENSION_API] }] },
  },
  block('core', [
    {
      regex: '^(?!\\./|\\.\\./core/)',
      message: 'src/core is pure: it imports only from src/core (no packages, no other layer).',
    },
  ]),
  contextBlock('content', [
    { regex: '^preact(/|$)', message: 'The content script runs on every page: no UI framework in it.' },
  ]),
  contextBlock('background'),
  contextBlock('popup'),
  contextBlock('options'),
  block('shared', [
    {
      regex: into([...CONTEXTS, 'build', 'platform']),
      message: 'src/shared is the contract between contexts: it imports only src/core types.',
    },
    EXTENSION_API,
  ]),
  block('build', [
    { regex: into([...CONTEXTS, 'platform']), message: 'Build-time code imports only src/core and src/shared.' },
    EXTENSION_API,
  ]),
];

/** The extension API's globals: only src/platform may use them. */
export const EXTENSION_GLOBALS = ['chrome', 'browser'].map((name) => ({
  name,
  message: 'Only src/platform touches the extension API: import `ext` from src/platform/browser.',
}));

/** Globals of browsers that Node lacks (window, document, HTMLElement, …) and a few Node shares but core must not use. */
export const BROWSER_ONLY_GLOBALS = [
  ...Object.keys(globals.browser).filter((name) => !(name in globals.node) && !(name in globals.builtin)),
  'navigator',
  'localStorage',
  'sessionStorage',
  'fetch',
  'WebSocket',
].map((name) => ({ name, message: 'src/core is pure: no DOM or browser global (take what you need as a parameter).' }));

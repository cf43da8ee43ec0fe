// Writes the category styles (src/core/highlight-categories.ts) into static/content.css between its
// markers. A unit test fails when the file and the generator disagree: rerun this after changing either.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './import-ts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const file = join(root, 'static', 'content.css');
const START = '/* generated: category styles (npm run highlight-css) */\n';
const END = '/* end of generated styles */\n';
const { highlightCss } = await importTs('src/core/highlight-categories.ts');
const text = await readFile(file, 'utf8');
const from = text.indexOf(START);
const to = text.indexOf(END);
const head = from < 0 ? text : text.slice(0, from);
const tail = to < 0 ? '' : text.slice(to + END.length);
await writeFile(file, `${head}${START}${highlightCss()}${END}${tail}`);
// The repository's format for CSS (format:check); the unit test compares without whitespace.
const prettier = await import('prettier');
const options = (await prettier.resolveConfig(file)) ?? {};
await writeFile(file, await prettier.format(await readFile(file, 'utf8'), { ...options, filepath: file }));
console.log('static/content.css: category styles written');

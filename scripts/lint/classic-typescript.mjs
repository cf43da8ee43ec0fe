// typescript-eslint parses and type-checks through the classic TypeScript API, which TypeScript 7 (the
// native compiler this project builds and type-checks with) no longer has. The lint loads TypeScript 6.0,
// installed under the alias typescript-eslint-classic-ts, wherever the ESLint process asks for 'typescript'
// (or a file in it). Imported first by eslint.config.mjs; it changes module resolution in that process only.
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';

const CLASSIC = 'typescript-eslint-classic-ts';
const classicDir = dirname(createRequire(import.meta.url).resolve(`${CLASSIC}/package.json`));
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'typescript') request = CLASSIC;
  else if (request.startsWith('typescript/')) request = `${classicDir}/${request.slice('typescript/'.length)}`;
  return resolveFilename.call(this, request, ...rest);
};

// Bundles page/entry.mjs (our real content-script modules + mark.js + the measurements) into one
// script for the page, with the compiled matcher embedded as build.mjs embeds it in content.js.
import * as esbuild from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

/** The same virtual module build.mjs serves: the matcher is JSON in the bundle, nothing compiled at load. */
function compiledMatcherPlugin(compiled) {
  return {
    name: 'ssn-bench-data',
    setup(build) {
      build.onResolve({ filter: /^ssn:compiled-matcher$/ }, (args) => ({ path: args.path, namespace: 'ssn' }));
      build.onLoad({ filter: /.*/, namespace: 'ssn' }, () => ({ contents: JSON.stringify(compiled), loader: 'json' }));
    },
  };
}

/** @returns {Promise<string>} the bundle's source, evaluated in each page with page.evaluate */
export async function buildPageBundle(compiled) {
  const result = await esbuild.build({
    entryPoints: [join(HERE, 'page', 'entry.mjs')],
    bundle: true,
    write: false,
    format: 'iife',
    // Same target and minification as the shipped content.js, so the code the page runs is comparable.
    target: ['chrome120', 'firefox128'],
    minify: true,
    legalComments: 'none',
    plugins: [compiledMatcherPlugin(compiled)],
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

// Bundles page/entry.mjs (our real content-script modules + mark.js + the measurements) into one
// script for the page, with the compiled matcher embedded as build.mjs embeds it in content.js.
import * as esbuild from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from '../import-ts.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));

/**
 * The virtual modules build.mjs serves that the content modules here import: the matcher as JSON in the
 * bundle (nothing compiled at load) and one style character per topic, as build.mjs writes them.
 */
function benchDataPlugin(modules) {
  return {
    name: 'ssn-bench-data',
    setup(build) {
      build.onResolve({ filter: /^ssn:/ }, (args) => ({ path: args.path, namespace: 'ssn' }));
      build.onLoad({ filter: /.*/, namespace: 'ssn' }, (args) => {
        if (!(args.path in modules)) return { errors: [{ text: `the bench serves no module ${args.path}` }] };
        return { contents: JSON.stringify(modules[args.path]), loader: 'json' };
      });
    },
  };
}

/** @returns {Promise<string>} the bundle's source, evaluated in each page with page.evaluate */
export async function buildPageBundle(prepared) {
  const { encodeTopicStyles } = await importTs('src/core/highlight-categories.ts');
  const byId = new Map(prepared.kb.topics.map((t) => [t.id, t]));
  const modules = {
    'ssn:compiled-matcher': prepared.matcher,
    'ssn:topic-styles': encodeTopicStyles(prepared.matcher.topics.map((id) => byId.get(id))),
  };
  const result = await esbuild.build({
    entryPoints: [join(HERE, 'page', 'entry.mjs')],
    bundle: true,
    write: false,
    format: 'iife',
    // Same target and minification as the shipped content.js, so the code the page runs is comparable.
    target: ['chrome120', 'firefox128'],
    minify: true,
    legalComments: 'none',
    plugins: [benchDataPlugin(modules)],
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

// The real data the bench measures with: the compiled matcher the content script embeds and the aliases
// it was compiled from. build.mjs writes .tmp/prepare-data.mjs; npm run bench builds first.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from '../../tests/browser/server.mjs';

export async function loadPreparedData() {
  const file = join(REPO, '.tmp', 'prepare-data.mjs');
  if (!existsSync(file)) throw new Error(`${file} is missing: run "node build.mjs" first (npm run bench does).`);
  const { prepareData, wholePatterns } = await import(pathToFileURL(file).href);
  const prepared = prepareData(join(REPO, 'data'));
  // The own-pattern floor runs the aliases as whole-text patterns; ours runs the groups (matcher-groups.ts).
  return { ...prepared, matcher: { ...prepared.matcher, patterns: wholePatterns(prepared.kb.topics) } };
}

/**
 * inserted: the unambiguous aliases as data/ writes them (what gets put into pages: each is a mention on
 * its own). all: every alias a keyword highlighter would need one mark() call for (ambiguous ones included).
 */
export function aliasesOf(kb) {
  const inserted = [...new Set(kb.topics.flatMap((t) => Object.values(t.aliases).flat()))];
  const ambiguous = kb.topics.flatMap((t) => (t.ambiguous ?? []).map((a) => a.text));
  return { inserted, all: [...new Set([...inserted, ...ambiguous])] };
}

// Part 2 of npm run bench: on the 1 MB page, our scan timed from inside the page (our modules injected
// per load) next to the OWN-PATTERN floor (a walk running the matcher's own compiled patterns: the slow
// way of using our code, not a fair floor), mark.js, wrap mode, appended paragraphs and clearing.
import { corpusPages } from '../../tests/browser/corpus-pages.mjs';
import { REPO, startServer } from '../../tests/browser/server.mjs';
import { launchBench } from './browser.mjs';
import { buildPageBundle } from './bundle.mjs';
import { aliasesOf, loadPreparedData } from './data.mjs';
import { measureOnFreshPage } from './load.mjs';
import { seededSample } from './seeded.mjs';
import { summarizePage } from './summarize.mjs';

export const MAIN_PAGE = 'readability/wikipedia-2.html';
const SEED = 1958;
const INSERTIONS = 300;
/** mark() once per alias costs ~50 ms a call on 1 MB: sample this many and extrapolate. */
const PER_ALIAS_SAMPLE = 10;
const SCENARIOS = ['floor', 'paint', 'wrap', 'markRegExp', 'markPerAlias'];

/** e.g. "3 regexes of 18.0, 18.0, 14.4 K characters" */
function describePatterns(compiled) {
  const sizes = (compiled.patterns?.map((p) => p.source) ?? [compiled.source]).map((s) => (s.length / 1000).toFixed(1));
  return `${sizes.length} regex${sizes.length > 1 ? 'es' : ''} of ${sizes.join(', ')} K characters, flags ${compiled.flags}`;
}

/**
 * @param {{ quick: boolean, loads: number, progress: (m: string) => void }} options
 * @returns the 1 MB page's summary and what the report needs to describe it
 */
export async function runOwnPattern({ quick, loads, progress }) {
  const prepared = await loadPreparedData();
  const aliases = aliasesOf(prepared.kb);
  const bundle = await buildPageBundle(prepared);
  const sample = seededSample(aliases.all, PER_ALIAS_SAMPLE, SEED);
  const [appendAlias] = seededSample(aliases.inserted, 1, SEED + 1);
  const server = await startServer({ pageScripts: false });
  const browser = await launchBench();
  const insert = { aliases: aliases.inserted, count: INSERTIONS, seed: SEED };
  const args = { appendAlias, sample, totalAliases: aliases.all.length };
  const failures = [];
  const results = [];
  let isolated = true;
  try {
    for (let i = 0; i < loads; i++) {
      // Methods interleaved per round, so drift over time hits them all alike.
      for (const scenario of quick ? ['floor', 'paint'] : SCENARIOS) {
        try {
          const r = await measureOnFreshPage(browser.context, {
            url: server.url(`/corpus/${MAIN_PAGE}`),
            bundle,
            scenario,
            args,
            insert,
          });
          isolated &&= r.isolated;
          results.push(r);
        } catch (error) {
          failures.push({ scenario, error: String(error?.message ?? error).split('\n')[0] });
          progress(`failed: ${MAIN_PAGE} ${scenario}: ${failures.at(-1).error}`);
        }
      }
      progress(`own-pattern part, ${MAIN_PAGE}: round ${i + 1}/${loads}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const summary = summarizePage(results);
  summary.inserted = results[0]?.inserted?.inserted;
  return {
    page: { file: MAIN_PAGE, bytes: corpusPages().find((p) => p.file === MAIN_PAGE)?.bytes ?? NaN, summary },
    meta: {
      chromium: browser.version,
      loadsPerMethod: loads,
      seed: SEED,
      insertionsPerPage: INSERTIONS,
      aliasesInserted: aliases.inserted.length,
      aliasesTotal: aliases.all.length,
      patterns: describePatterns(prepared.matcher),
      perAliasSample: sample,
      appendAlias,
      crossOriginIsolated: isolated,
      blockedRequests: browser.blocked.count,
      failedLoads: failures,
    },
  };
}

export { REPO };

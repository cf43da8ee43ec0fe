// Part 1 of npm run bench: our extension against the fair floor on pages with mentions, the growth
// series and the no-mention corpus. Pages are built in memory from ../shared/corpus and served from there.
import { join } from 'node:path';
import { corpusHalf } from '../../../tests/browser/corpus-split.mjs';
import { corpusPages } from '../../../tests/browser/corpus-pages.mjs';
import { REPO, startServer } from '../../../tests/browser/server.mjs';
import { buildGrowthPages } from '../pages/growth-pages.mjs';
import { buildMentionPages } from '../pages/mention-pages.mjs';
import { namesByScript } from '../pages/names.mjs';
import { fairTargets, summarizeCorpusHalves } from './fair-report.mjs';
import { measurePages } from './measure-pages.mjs';
import { phaseClock } from './phases.mjs';
import { launchSides, PAGE_ONLY_CSP } from './sides.mjs';

const SEED = 1958;
const slug = (name) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * @param {{ loads: number, corpusLoads: number, progress: (m: string) => void, extensionDir?: string, skipCorpus?: boolean }} options
 *   corpusLoads: loads per side on the tuning half of the corpus, 0 to leave it out (the validating half gets `loads`);
 *   extensionDir: measure another build of ours; skipCorpus / corpusOnly: trial runs of one part
 */
export async function runFairBench({ loads, corpusLoads, progress, extensionDir, skipCorpus, corpusOnly, pageFilter }) {
  const clock = phaseClock();
  const started = performance.now();
  const keep = (name) => !pageFilter || pageFilter.test(name);
  const names = namesByScript(join(REPO, 'data', 'topics.json'));
  const lap = clock.laps();
  const mention = buildMentionPages(names, SEED);
  const growth = buildGrowthPages(names, SEED);
  lap('build the pages');
  const served = new Map();
  const serve = (p) => {
    const path = `/bench/${slug(p.name)}.html`;
    served.set(path, p.html);
    return path;
  };
  const server = await startServer({
    csp: PAGE_ONLY_CSP,
    extraHandler: (url) => (served.has(url.pathname) ? { body: served.get(url.pathname) } : undefined),
  });
  let result;
  const sides = await clock.time('launch both browsers', () => launchSides(extensionDir, { routed: false }));
  try {
    const asPage = (p, extra) => ({
      name: p.name,
      script: p.script,
      bytes: Buffer.byteLength(p.html),
      inserted: p.inserted,
      url: server.url(serve(p)),
      loads,
      ...extra,
    });
    const mentionPages = await measurePages(
      sides,
      (corpusOnly ? [] : mention.filter((p) => keep(p.name))).map((p) =>
        asPage(p, { source: p.source, half: corpusHalf(p.source) }),
      ),
      { progress, label: 'mention pages ', clock },
    );
    const growthPages = await measurePages(
      sides,
      (corpusOnly ? [] : growth.filter((p) => keep(p.name))).map((p) => asPage(p, { mb: p.mb, half: 'generated' })),
      { progress, label: 'growth ', clock },
    );
    for (const p of [...mention, ...growth]) p.html = null;
    const corpus = await measurePages(
      sides,
      (skipCorpus ? [] : corpusPages().filter((p) => keep(p.file)))
        .map(({ file, bytes }) => {
          const half = corpusHalf(file);
          return {
            name: file,
            script: '',
            bytes,
            half,
            url: server.url(`/corpus/${file}`),
            loads: half === 'validate' ? loads : corpusLoads,
          };
        })
        .filter((p) => p.loads > 0),
      {
        progress: (m) => /^corpus (\d+)/.test(m) && Number(/^corpus (\d+)/.exec(m)[1]) % 10 === 0 && progress(m),
        label: 'corpus ',
        clock,
      },
    );
    const halves = summarizeCorpusHalves(corpus);
    const targets = fairTargets(mentionPages, growthPages, halves, corpus, loads);
    const version = sides.ours.context.browser()?.version() ?? '?';
    result = {
      meta: { chromium: version, names: sides.names.length, loads, corpusLoads },
      mentionPages,
      growth: growthPages,
      corpus,
      halves,
      targets,
    };
  } finally {
    await clock.time('close both browsers', () => sides.close());
    await server.close();
  }
  result.phases = { totalMs: performance.now() - started, steps: clock.summary() };
  return result;
}

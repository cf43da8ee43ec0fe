// The bench bundle evaluated in each fresh page: one scenario per page load, results as plain JSON.
import { floor, markPerAlias, markRegExp } from './baselines.mjs';
import { insertAliases } from './insert-aliases.mjs';
import { appendAndRescan, appendObserved, clear, scanAll } from './ours.mjs';
import { settle } from './timing.mjs';

const scenarios = {
  floor: async () => ({ floor: floor() }),
  /** Scan + paint, then on the scanned page: an appended paragraph (direct, then via the observer), then clearing. */
  paint: async ({ appendAlias }) => {
    const { highlighter, result } = await scanAll('paint');
    const append = await appendAndRescan(highlighter, appendAlias);
    const appendObserver = await appendObserved(highlighter, appendAlias);
    return { paint: result, append, appendObserver, clearPaint: await clear(highlighter) };
  },
  wrap: async () => {
    const { highlighter, result } = await scanAll('wrap');
    return { wrap: result, clearWrap: await clear(highlighter) };
  },
  markRegExp: async () => ({ markRegExp: await markRegExp() }),
  markPerAlias: async ({ sample, totalAliases }) => ({ markPerAlias: markPerAlias(sample, totalAliases) }),
};

window.__ssnBench = {
  insertAliases: (aliases, count, seed) => insertAliases(document, aliases, count, seed),
  /** Runs one scenario on a settled page. */
  async run(name, args) {
    await settle();
    return scenarios[name](args ?? {});
  },
};

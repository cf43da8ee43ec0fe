// One measurement = one fresh page: load it, inject the bench bundle, insert the seeded aliases, run one scenario.

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {{ url: string, bundle: string, scenario: string, args?: object, insert?: { aliases: string[], count: number, seed: number } }} job
 * @returns the scenario's result, plus `inserted`, `isolated` and `phases` (wall ms of each step, to see where a run's time goes)
 */
export async function measureOnFreshPage(context, job) {
  const phases = {};
  let last = Date.now();
  const lap = (name) => {
    const now = Date.now();
    phases[name] = now - last;
    last = now;
  };
  const page = await context.newPage();
  lap('open');
  try {
    await page.goto(job.url, { waitUntil: 'load', timeout: 60_000 });
    lap('load');
    // page.evaluate is not subject to the page's CSP (addScriptTag is: script-src 'none' blocks it).
    await page.evaluate(job.bundle);
    const isolated = await page.evaluate(() => crossOriginIsolated);
    lap('inject');
    const inserted = job.insert
      ? await page.evaluate(
          ({ aliases, count, seed }) => window.__ssnBench.insertAliases(aliases, count, seed),
          job.insert,
        )
      : null;
    lap('insert');
    const result = await page.evaluate(({ scenario, args }) => window.__ssnBench.run(scenario, args), {
      scenario: job.scenario,
      args: job.args,
    });
    lap('run');
    return { ...result, inserted, isolated, phases };
  } finally {
    await page.close();
    lap('close');
  }
}

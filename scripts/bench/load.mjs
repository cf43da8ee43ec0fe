// One measurement = one fresh page: load it, inject the bench bundle, insert the seeded aliases, run one scenario.

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {{ url: string, bundle: string, scenario: string, args?: object, insert?: { aliases: string[], count: number, seed: number } }} job
 */
export async function measureOnFreshPage(context, job) {
  const page = await context.newPage();
  try {
    await page.goto(job.url, { waitUntil: 'load', timeout: 60_000 });
    // page.evaluate is not subject to the page's CSP (addScriptTag is: script-src 'none' blocks it).
    await page.evaluate(job.bundle);
    const isolated = await page.evaluate(() => crossOriginIsolated);
    const inserted = job.insert
      ? await page.evaluate(({ aliases, count, seed }) => window.__ssnBench.insertAliases(aliases, count, seed), job.insert)
      : null;
    const result = await page.evaluate(({ scenario, args }) => window.__ssnBench.run(scenario, args), {
      scenario: job.scenario,
      args: job.args,
    });
    return { ...result, inserted, isolated };
  } finally {
    await page.close();
  }
}

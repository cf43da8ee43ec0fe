// Pages that stress what one page can cost the extension, generated on request (never committed:
// some weigh megabytes). Shared by tests/browser/hardening-scale.test.ts and scripts/bench-stress.mjs.

const HEAD = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>stress</title></head><body>';
const TAIL = '</body></html>';

/** One <p> of `count` inline <b>/<i> mentions (40,000 make about 1.1 MB). */
export function flatInlinePage(count = 40_000) {
  const parts = [];
  for (let i = 0; i < count; i++) parts.push(i % 2 ? `<i>Mao Zedong</i> who answered ` : `<b>Stalin</b> wrote to `);
  return `${HEAD}<p>${parts.join('')}</p>${TAIL}`;
}

/** One run of plain text holding `count` mentions (no element between them). */
export function oneRunPage(count = 130_000) {
  return `${HEAD}<p>${'Stalin, '.repeat(count)}</p>${TAIL}`;
}

const FILLER =
  'The committee met again in the spring, and the minutes record a long debate about grain quotas, ' +
  'railway schedules and the price of coal in the northern provinces, with no decision taken. ';

/** About `megabytes` MB of paragraphs, one in `every` carrying a mention (20 MB: about 7,400 mentions). */
export function bigPage(megabytes = 20, every = 5) {
  const paragraph = `<p>${FILLER.repeat(3)}</p>\n`;
  const withMention = `<p>${FILLER}In Moscow, <a href="#s">Stalin</a> received the delegation. ${FILLER}</p>\n`;
  const target = megabytes * 1024 * 1024;
  const parts = [];
  let size = 0;
  for (let i = 0; size < target; i++) {
    const p = i % every === every - 1 ? withMention : paragraph;
    parts.push(p);
    size += p.length;
  }
  return `${HEAD}<article>${parts.join('')}</article>${TAIL}`;
}

/**
 * An infinite-scroll feed: window.grow(total, perStep, everyMs) appends posts (some with a mention)
 * until the feed holds `total`, and resolves then.
 */
export function feedPage() {
  const script = `
    let n = 0;
    const feed = document.getElementById('feed');
    function post() {
      const el = document.createElement('article');
      el.className = 'post';
      const who = n % 3 === 0 ? 'a reply about <b>Khrushchev</b> and the <i>Zhenbao Island</i> clash' : 'a photo of lunch';
      el.innerHTML = '<h3>Post ' + n + '</h3><p>User ' + (n % 97) + ' shared ' + who + '. <span>' + n * 7 + ' likes</span></p>';
      feed.append(el);
      n++;
    }
    window.grow = (total, perStep, everyMs) => new Promise((done) => {
      const step = () => {
        for (let i = 0; i < perStep && n < total; i++) post();
        if (n >= total) done(n); else setTimeout(step, everyMs);
      };
      step();
    });
    for (let i = 0; i < 20; i++) post();
  `;
  return `${HEAD}<main id="feed"></main><script>${script}</script>${TAIL}`;
}

/** Serves the pages above under /stress/NAME (query strings pass arguments: ?count=, ?mb=). */
export function stressHandler(url) {
  const num = (key, fallback) => (url.searchParams.has(key) ? Number(url.searchParams.get(key)) : fallback);
  switch (url.pathname) {
    case '/stress/flat.html':
      return { body: flatInlinePage(num('count', 40_000)) };
    case '/stress/one-run.html':
      return { body: oneRunPage(num('count', 130_000)) };
    case '/stress/big.html':
      return { body: bigPage(num('mb', 20), num('every', 5)) };
    case '/stress/feed.html':
      return { body: feedPage() };
    case '/stress/none.html':
      return { body: `${HEAD}<p>Nothing here.</p>${TAIL}` };
    default:
      return undefined;
  }
}

/** Records every long task of the page (run before any script of it, in the page's world). */
export const RECORD_LONG_TASKS = () => {
  const w = window;
  w.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No longtask entries in this browser.
  }
};

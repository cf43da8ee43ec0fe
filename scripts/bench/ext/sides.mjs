// The two browsers the fair comparison runs in: the same Chromium with the same flags, one with our
// built extension, one with the fair-floor extension. Each measured load is a fresh tab in one of them.
import { join } from 'node:path';
import { launchWithExtension } from '../../../tests/browser/launch.mjs';
import { REPO } from '../../../tests/browser/server.mjs';
import { writeFloorExtension } from './fair-floor.mjs';
import { oursDone } from './ours-done.mjs';

/**
 * Only the page itself loads: its stylesheets, images and frames would be 404s or leave the machine.
 * The server's PAGE_ONLY_CSP blocks them in the browser; without it (routed: true), Playwright's router
 * aborts each, a round trip to Node per request (on a corpus page of 30 images, most of a load's wall time).
 */
export const PAGE_ONLY_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'";

/**
 * No spare renderer (a process Chromium starts ahead for the next tab): one started while a trace runs
 * often never acknowledges the trace's flush, and stopping the trace then waits 5 s for it ("Timeout
 * while waiting for ACKs"), once every few loads. Each tab still gets a fresh renderer of its own.
 */
const NO_SPARE_RENDERER = ['--disable-features=SpareRendererForSitePerProcess'];

async function pageOnly(context) {
  await context.route('**/*', (route) =>
    route.request().isNavigationRequest() ? route.fallback() : route.abort('blockedbyclient'),
  );
}

/**
 * @param {string} [extensionDir] another build of ours (e.g. the code before a change), for before/after runs
 * @param {{ routed?: boolean }} [options] routed: block the page's requests in the router (pages served without PAGE_ONLY_CSP)
 */
export async function launchSides(extensionDir, { routed = true } = {}) {
  const launch = async (dir) => {
    const side = await launchWithExtension({
      ...(dir ? { extensionDir: dir } : {}),
      unrouted: !routed,
      args: NO_SPARE_RENDERER,
    });
    if (routed) await pageOnly(side.context);
    return side;
  };
  // Both at once: nothing is measured yet.
  const floorExt = await writeFloorExtension(join(REPO, 'data', 'topics.json'));
  const [ours, floor] = await Promise.all([launch(extensionDir), launch(floorExt.dir)]);
  // Traces are taken of the whole browser (every process the page and the extension run in).
  const tracer = (side) => side.context.browser().newBrowserCDPSession();
  return {
    names: floorExt.names,
    ours: {
      name: 'ours',
      context: ours.context,
      tracer: await tracer(ours),
      prefix: `chrome-extension://${ours.extensionId}/`,
      waitDone: oursDone(ours.worker),
    },
    floor: {
      name: 'floor',
      context: floor.context,
      tracer: await tracer(floor),
      prefix: `chrome-extension://${floor.extensionId}/`,
      waitDone: (page) =>
        new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('the fair floor never finished')), 120_000);
          page.on('console', (msg) => {
            const m = /^ssn-fair-floor done (\d+) (\d+)/.exec(msg.text());
            if (!m) return;
            clearTimeout(timer);
            resolve({ textNodes: Number(m[1]), hits: Number(m[2]) });
          });
        }),
    },
    async close() {
      await ours.close();
      await floor.close();
    },
  };
}

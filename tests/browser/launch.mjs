// Launches Debian's Chromium (headless) with the built extension loaded, through playwright-core,
// with every request that would leave the machine aborted.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './find-chromium.mjs';
import { REPO } from './server.mjs';

export const EXTENSION_DIR = join(REPO, 'extension');

/** Flags for headless Chromium on a machine with no network: without them it keeps trying to reach out. */
export const OFFLINE_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Requests allowed to proceed: the local test server, the extension itself, local files and inline data. */
export function isLocal(url) {
  const u = new URL(url);
  if (['chrome-extension:', 'file:', 'data:', 'blob:', 'about:', 'chrome:'].includes(u.protocol)) return true;
  return u.hostname === '127.0.0.1' || u.hostname === 'localhost';
}

/**
 * @param {{ headless?: boolean, allowNetwork?: boolean, unrouted?: boolean, extensionDir?: string, viewport?: {width: number, height: number}, locale?: string, colorScheme?: 'light' | 'dark', hasTouch?: boolean, isMobile?: boolean, args?: string[] }} [options]
 *   unrouted: no request goes through Playwright's router (each one a round trip to Node): for callers
 *   that keep pages offline another way (the bench serves its pages with a CSP that blocks all their requests);
 *   args: more Chromium flags
 */
export async function launchWithExtension(options = {}) {
  // SSN_EXTENSION_DIR: run the tests against another build (e.g. an older commit, to see a test fail before a fix).
  const extensionDir = options.extensionDir ?? process.env.SSN_EXTENSION_DIR ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run "npm run build" first.`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'ssn-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: options.locale,
    colorScheme: options.colorScheme,
    hasTouch: options.hasTouch,
    isMobile: options.isMobile,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...OFFLINE_CHROMIUM_ARGS,
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      ...(options.args ?? []),
    ],
  });
  const blocked = [];
  if (!options.unrouted)
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (options.allowNetwork || isLocal(url)) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    /** Requests that tried to leave the machine (all aborted). */
    blocked,
    popupUrl: (tabId) => `chrome-extension://${extensionId}/popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

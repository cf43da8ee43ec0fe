// Launches Debian's Firefox ESR (puppeteer-core over WebDriver BiDi) with a temporary copy of the
// Firefox build installed. `prepare(dir)` may adjust that copy's manifest first (tests only).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { REPO } from './server.mjs';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * @param {{ prefs?: Record<string, unknown>, editManifest?: (manifest: Record<string, any>) => void }} [options]
 * @returns {Promise<{ browser: import('puppeteer-core').Browser, manifest: Record<string, any>, close: () => Promise<void> }>}
 */
export async function launchFirefoxWithExtension(options = {}) {
  if (!existsSync(FIREFOX))
    throw new Error(`No Firefox at ${FIREFOX}: apt-get install -y firefox-esr (or set FIREFOX_PATH).`);
  const dir = await mkdtemp(join(tmpdir(), 'ssn-firefox-'));
  await cp(join(REPO, 'dist', 'firefox'), dir, { recursive: true });
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  if (options.editManifest) {
    options.editManifest(manifest);
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    // MV3 host permissions are optional in Firefox; grant them as a reader would on install.
    extraPrefsFirefox: { 'extensions.originControls.grantByDefault': true, ...options.prefs },
  });
  await browser.installExtension(dir);
  return {
    browser,
    manifest,
    async close() {
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

// Finds the Chromium that tests, scans and benchmarks drive: CHROME_PATH, else Debian's chromium.
// Never skips silently: with no browser it stops with the way to install one.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser'];

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    'No Chromium found. On Debian/Ubuntu: sudo apt-get install -y chromium. Elsewhere install Chromium or ' +
      'Chrome for Testing and set CHROME_PATH to its binary (branded Google Chrome ignores --load-extension).',
  );
}

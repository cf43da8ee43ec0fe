// One browser and one fixture server per test file: started before the file's tests, closed after.
// `use` receives them once started, so a test file keeps plain `ext` / `server` variables.
import { afterAll, beforeAll } from 'vitest';
import { launchFirefoxWithExtension } from './firefox.mjs';
import { launchWithExtension } from './launch.mjs';
import { startServer } from './server.mjs';

export type ChromiumExtension = Awaited<ReturnType<typeof launchWithExtension>>;
export type FirefoxExtension = Awaited<ReturnType<typeof launchFirefoxWithExtension>>;
export type FixtureServer = Awaited<ReturnType<typeof startServer>>;

interface SessionOptions<Launch> {
  launch?: Launch;
  server?: Parameters<typeof startServer>[0];
}

/** Chromium with the built extension, and the fixture server. */
export function withChromium(
  use: (started: { ext: ChromiumExtension; server: FixtureServer }) => void,
  options: SessionOptions<Parameters<typeof launchWithExtension>[0]> = {},
): void {
  let ext: ChromiumExtension | undefined;
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await startServer(options.server);
    ext = await launchWithExtension(options.launch);
    use({ ext, server });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });
}

const GECKO_ID = 'sino-soviet-notes@sino-soviet-notes.org';

/**
 * A test copy whose popup page a tab may open (Firefox refuses it otherwise), under a fixed UUID, so a
 * test can reach `browser.*` from moz-extension://UUID/popup.html.
 */
export function popupReachableAt(uuid: string): Parameters<typeof launchFirefoxWithExtension>[0] {
  return {
    prefs: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }) },
    editManifest: (manifest) => {
      if (manifest.browser_specific_settings.gecko.id !== GECKO_ID) throw new Error('the gecko id changed');
      manifest.web_accessible_resources = [{ resources: ['popup.html'], matches: ['<all_urls>'] }];
    },
  };
}

/** Debian's Firefox ESR with the Firefox build installed, and the fixture server. */
export function withFirefox(
  use: (started: { firefox: FirefoxExtension; server: FixtureServer }) => void | Promise<void>,
  options: SessionOptions<Parameters<typeof launchFirefoxWithExtension>[0]> = {},
): void {
  let firefox: FirefoxExtension | undefined;
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await startServer(options.server);
    firefox = await launchFirefoxWithExtension(options.launch);
    await use({ firefox, server });
  }, 120_000);
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });
}

// Wrap mode's code (mark.js and the wrap renderer) is not in content.js: the background injects
// content-wrap.js into a frame when accessible highlights are asked for. Switching on an open page
// loads it and wraps the mentions; switching back paints them and leaves no mark behind.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, launchWithExtension } from './launch.mjs';
import { paintedCount, setSettings, wrappedCount } from './page-snapshot.mjs';
import { waitForScan } from './scan-state.mjs';
import { startServer } from './server.mjs';

let ext: Awaited<ReturnType<typeof launchWithExtension>>;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  server = await startServer();
  ext = await launchWithExtension();
  await setSettings(ext.worker, { accessibleHighlights: false });
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

it('ships the wrap renderer only in content-wrap.js', () => {
  const content = readFileSync(join(EXTENSION_DIR, 'content.js'), 'utf8');
  const wrap = readFileSync(join(EXTENSION_DIR, 'content-wrap.js'), 'utf8');
  // content-wrap.js hands the renderer over; content.js only reads it (wrap-handoff.ts).
  expect(wrap).toMatch(/ssnCreateWrapRenderer=/);
  expect(content).not.toMatch(/ssnCreateWrapRenderer=/);
  // mark.js's own option names, present in any build of it, never in content.js.
  for (const option of ['acrossElements', 'separateWordSearch']) expect(content).not.toContain(option);
});

it('loads the wrap renderer when accessible highlights are switched on in an open page, and back', async () => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/basic.html?switch'));
  await waitForScan(ext.worker, page);
  await expect.poll(() => paintedCount(page)).toBeGreaterThanOrEqual(3);
  expect(await wrappedCount(page)).toBe(0);

  await setSettings(ext.worker, { accessibleHighlights: true });
  await expect.poll(() => wrappedCount(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
  expect(await paintedCount(page)).toBe(0);

  await setSettings(ext.worker, { accessibleHighlights: false });
  await expect.poll(() => paintedCount(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
  expect(await wrappedCount(page)).toBe(0);
});

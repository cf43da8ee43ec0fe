// The options page (issue 6): shows and saves the preview settings and the sites switched off, and a
// corrupted stored value shows the defaults instead of breaking the page.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension } from './launch.mjs';
import { disabledHostsOf, setSettings } from './page-snapshot.mjs';

let ext: Awaited<ReturnType<typeof launchWithExtension>>;

beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => ext?.close());

const stored = () => ext.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);

async function openOptions() {
  const page = await ext.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e: Error) => errors.push(e.message));
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await page.locator('input[name="previews"]').waitFor();
  return { page, errors };
}

it('shows the defaults when the stored settings are corrupted', async () => {
  await setSettings(ext.worker, {
    previews: 'yes',
    hoverDelayMs: 'soon',
    accessibleHighlights: 3,
    disabledHosts: 'all',
  });
  const { page, errors } = await openOptions();
  expect(await page.locator('input[name="previews"]').isChecked()).toBe(true);
  expect(await page.locator('input[name="hoverDelayMs"]').inputValue()).toBe('500');
  expect(await page.locator('input[name="accessibleHighlights"]').isChecked()).toBe(false);
  expect(await page.locator('li[data-host]').count()).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});

it('saves the hover delay, cards and accessible highlights, and turns a site back on', async () => {
  await setSettings(ext.worker, { disabledHosts: ['example.org', 'file:'] });
  const { page } = await openOptions();
  await page.locator('input[name="hoverDelayMs"]').fill('800');
  await page.locator('input[name="hoverDelayMs"]').press('Tab');
  await expect.poll(stored).toMatchObject({ hoverDelayMs: 800 });
  await page.locator('input[name="previews"]').uncheck();
  await expect.poll(stored).toMatchObject({ previews: false });
  await page.locator('input[name="accessibleHighlights"]').check();
  await expect.poll(stored).toMatchObject({ accessibleHighlights: true });
  await page.locator('li[data-host="example.org"] button').click();
  await expect.poll(() => disabledHostsOf(ext.worker)).toEqual(['file:']);
  await expect.poll(() => page.locator('li[data-host]').count()).toBe(1);
  await page.close();
});

it('lists the keyboard shortcuts as the browser has them', async () => {
  const { page } = await openOptions();
  // The browser may leave a suggested key unassigned when it clashes with one of its own (recent Chromium
  // kept Alt+Shift+N and Alt+Shift+P, so issue 15 chose keys it binds): the page then says "not set".
  type Commands = { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } };
  const bound: string[] = await ext.worker.evaluate(async () => {
    const all = await (globalThis as unknown as { chrome: Commands }).chrome.commands.getAll();
    return all.filter((c) => c.name !== '_execute_action').map((c) => c.shortcut || 'not set');
  });
  await expect
    .poll(async () => (await page.locator('.shortcuts dd').allTextContents()).sort())
    .toEqual([
      'Go to the next highlighted mention and show its card',
      'Go to the previous highlighted mention and show its card',
      // The side panel's command has no suggested key (Chromium takes at most four): "not set" until bound.
      'Open the Sino-Soviet Notes side panel',
      'Switch highlighting on this site off or on',
    ]);
  expect(await page.locator('.shortcuts dt').allTextContents()).toEqual(bound);
  expect(bound.filter((k) => k !== 'not set')).toEqual(['Alt+Shift+Period', 'Alt+Shift+Comma', 'Alt+Shift+H']);
  expect(bound.filter((k) => k === 'not set')).toHaveLength(1);
  await page.close();
});

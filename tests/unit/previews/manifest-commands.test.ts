// The commands and options page this issue declares: in the manifest, named in both locales, in step with the code.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/shared/commands';

/** The side panel's command (src/background/side-panel.ts), answered there rather than relayed to the page. */
const OPEN_PANEL_COMMAND = 'open-side-panel';

const REPO = join(__dirname, '..', '..', '..');
const json = (path: string): unknown => JSON.parse(readFileSync(join(REPO, path), 'utf8'));
/** The parts of manifest.json this test reads. */
interface Manifest {
  commands: Record<string, { description: string; suggested_key?: { default?: string } }>;
  options_ui: { page: string };
}
const manifest = json('manifest.json') as Manifest;
const locales = ['en', 'zh_CN'].map(
  (l) => json(`static/_locales/${l}/messages.json`) as Record<string, { message: string }>,
);

describe('manifest commands and options', () => {
  it('declares exactly the commands the background relays, with the agreed default keys', () => {
    expect(Object.keys(manifest.commands).sort()).toEqual([...COMMANDS, OPEN_PANEL_COMMAND].sort());
    // Chromium takes at most four suggested keys: the side panel's command comes without one.
    expect(manifest.commands[OPEN_PANEL_COMMAND]?.suggested_key).toBeUndefined();
    expect(manifest.commands['next-mention']?.suggested_key?.default).toBe('Alt+Shift+Period');
    expect(manifest.commands['previous-mention']?.suggested_key?.default).toBe('Alt+Shift+Comma');
    expect(manifest.commands['toggle-highlights']?.suggested_key?.default).toBe('Alt+Shift+H');
  });

  it('describes every command in every locale', () => {
    for (const command of Object.values(manifest.commands)) {
      const key = /^__MSG_(\w+)__$/.exec(command.description)?.[1];
      expect(key, command.description).toBeTruthy();
      for (const messages of locales) expect(messages[key as string]?.message).toBeTruthy();
    }
  });

  it('has every preview and options string in both locales', () => {
    const [en, zh] = locales as [Record<string, unknown>, Record<string, unknown>];
    const ours = Object.keys(en).filter((k) => /^(preview|options|command)/.test(k));
    expect(ours.length).toBeGreaterThan(20);
    for (const key of ours) expect(zh[key], key).toBeTruthy();
  });

  it('has an options page that the build bundles', () => {
    expect(manifest.options_ui.page).toBe('options.html');
    expect(existsSync(join(REPO, 'static', 'options.html'))).toBe(true);
    expect(readFileSync(join(REPO, 'build.mjs'), 'utf8')).toMatch(/options: 'src\/options\/index\.tsx'/);
  });
});

// The context-menu item: registered on install, and a click opens the lookup for the selected text.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => void;

const fake = vi.hoisted(() => {
  const listeners: Record<string, ((...args: never[]) => void)[]> = { installed: [], clicked: [] };
  const calls = { create: [] as unknown[], windows: [] as unknown[], tabs: [] as unknown[] };
  const state = { windowsFail: false };
  const ext = {
    runtime: {
      onInstalled: { addListener: (f: () => void) => listeners.installed!.push(f) },
      getURL: (path: string) => `chrome-extension://id/${path}`,
    },
    i18n: {
      getMessage: (key: string) =>
        ({ contextMenuLookup: 'Look up “%s” in Sino-Soviet Notes', contextMenuNote: 'Add a note on this passage' })[
          key
        ] ?? '',
    },
    contextMenus: {
      removeAll: async () => undefined,
      create: (item: unknown) => calls.create.push(item),
      onClicked: { addListener: (f: () => void) => listeners.clicked!.push(f) },
    },
    windows: {
      create: async (opts: unknown) => {
        if (state.windowsFail) throw new Error('no window');
        calls.windows.push(opts);
      },
    },
    tabs: { create: async (opts: unknown) => calls.tabs.push(opts) },
  };
  return { ext, listeners, calls, state };
});

vi.mock('../../../src/platform/browser', () => ({ ext: fake.ext }));

const { LOOKUP_MENU_ID, NOTE_MENU_ID, lookupPagePath } = await import('../../../src/background/context-menu');
const flush = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  fake.calls.windows.length = 0;
  fake.calls.tabs.length = 0;
  fake.state.windowsFail = false;
});

describe('context menu', () => {
  it('registers "Look up “%s”" for selections when the extension is installed', async () => {
    for (const f of fake.listeners.installed!) (f as Listener)();
    await flush();
    expect(fake.calls.create).toEqual([
      { id: LOOKUP_MENU_ID, title: 'Look up “%s” in Sino-Soviet Notes', contexts: ['selection'] },
      { id: NOTE_MENU_ID, title: 'Add a note on this passage', contexts: ['selection'] },
    ]);
  });

  it('opens the lookup for the selected text, with the tab it came from', async () => {
    for (const f of fake.listeners.clicked!)
      (f as Listener)({ menuItemId: LOOKUP_MENU_ID, selectionText: '  Хрущёв \n' }, { id: 12 });
    await flush();
    expect(fake.calls.windows).toEqual([
      {
        url: 'chrome-extension://id/popup.html?lookup=%D0%A5%D1%80%D1%83%D1%89%D1%91%D0%B2&tab=12',
        type: 'popup',
        width: 440,
        height: 640,
      },
    ]);
  });

  it('falls back to a tab where no window can open, and ignores other menus', async () => {
    fake.state.windowsFail = true;
    for (const f of fake.listeners.clicked!)
      (f as Listener)({ menuItemId: LOOKUP_MENU_ID, selectionText: 'Lüshun' }, undefined);
    for (const f of fake.listeners.clicked!) (f as Listener)({ menuItemId: 'another', selectionText: 'x' }, undefined);
    await flush();
    expect(fake.calls.tabs).toEqual([{ url: 'chrome-extension://id/popup.html?lookup=L%C3%BCshun' }]);
  });

  it('keeps the query short and the tab id only when there is one', () => {
    expect(lookupPagePath('a'.repeat(500))).toBe(`popup.html?lookup=${'a'.repeat(120)}`);
    expect(lookupPagePath('Mao Zedong', -1)).toBe('popup.html?lookup=Mao+Zedong');
  });
});

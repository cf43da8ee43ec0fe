// Firefox for Android: no commands, context menus, windows or badge. The background must still load,
// answer the content script and the popup, and leave those features out without an error.
import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../src/shared/dispatch';
import type { BackgroundRequests } from '../../src/shared/messages';

type Listener = (message: unknown, sender: unknown) => Promise<unknown> | undefined;

const android = vi.hoisted(() => {
  const messageListeners: Listener[] = [];
  const session = new Map<string, unknown>();
  const errors: unknown[] = [];
  const event = () => ({ addListener: () => undefined, removeListener: () => undefined });
  const ext = {
    runtime: {
      onMessage: { addListener: (f: Listener) => messageListeners.push(f) },
      onInstalled: event(),
      getURL: (path: string) => `moz-extension://id/${path}`,
      getManifest: () => ({ content_scripts: [{ js: ['content.js'], css: ['content.css'] }] }),
    },
    storage: {
      session: {
        get: async (key: string) => (session.has(key) ? { [key]: session.get(key) } : {}),
        set: async (items: Record<string, unknown>) => Object.entries(items).forEach(([k, v]) => session.set(k, v)),
        remove: async (key: string) => void session.delete(key),
      },
      sync: { get: async () => ({}), set: async () => undefined },
      onChanged: event(),
    },
    tabs: { onRemoved: event(), onUpdated: event(), query: async () => [], create: async () => undefined },
    // Android's action: a popup, but no badge.
    action: { setPopup: async () => undefined },
    i18n: { getMessage: () => '' },
    permissions: { contains: async () => true, request: async () => true, getAll: async () => ({ origins: [] }) },
  };
  return { ext, messageListeners, session, errors };
});

// The real dispatcher (it is pure), hooked to the fake runtime as src/platform/browser.ts hooks it.
vi.mock('../../src/platform/browser', async () => {
  const { createDispatch } = await import('../../src/shared/dispatch');
  const { backgroundChecks } = await import('../../src/shared/messages');
  return {
    ext: android.ext,
    askTab: async () => {
      throw new Error('no receiver');
    },
    answerBackgroundRequests(handlers: Handlers<BackgroundRequests, unknown>) {
      const dispatch = createDispatch(backgroundChecks, handlers);
      android.ext.runtime.onMessage.addListener((message, sender) => dispatch(message, sender));
      return () => undefined;
    },
  };
});
// The previews need the bundled knowledge base (a build-time module); they play no part here.
vi.mock('../../src/background/previews', () => ({ previewHandlers: {} }));
// The companion's own contract (notes, trail, backup) is not what this test is about.
vi.mock('../../src/platform/companion-messaging', () => ({ answerCompanionRequests: () => () => undefined }));
// Modules that read the bundled knowledge base (a build-time module): not what this test is about.
vi.mock('../../src/background/topic-labels', () => ({ topicLabels: (id: string) => id }));
// Like previews and topic labels, it reads a virtual module of the build (the matcher's groups and cues).
vi.mock('../../src/background/matcher-body', () => ({ matcherBodyHandlers: {} }));
vi.mock('../../src/background/omnibox', () => ({ omniboxHandlers: {} }));
// Judging a report's passages needs it too: reports pass through as sent.
vi.mock('../../src/background/judge-report', () => ({ judge: (report: unknown) => report }));

describe('background on Firefox for Android', () => {
  it('loads without the missing APIs and leaves their features out', async () => {
    const { features } = await import('../../src/platform/features');
    await expect(import('../../src/background/index')).resolves.toBeDefined();
    expect(features).toMatchObject({
      commands: false,
      contextMenus: false,
      windows: false,
      badge: false,
      sideView: false,
      omnibox: false,
    });
  });

  it('still takes reports and answers the popup', async () => {
    await import('../../src/background/index');
    expect(android.messageListeners.length).toBeGreaterThan(0);
    const send = (message: unknown, sender: unknown = {}) =>
      Promise.all(android.messageListeners.map((f) => Promise.resolve(f(message, sender)))).then((answers) =>
        answers.find((a) => a !== undefined),
      );
    const report = {
      url: 'https://ru.wikipedia.org/wiki/X',
      complete: true,
      enabled: true,
      visible: true,
      mentions: [{ topic: 'stalin', text: 'Сталин', context: '… Сталин …' }],
      counts: { stalin: 1 },
      capped: false,
      hiddenFrames: [],
      blocks: [],
      headings: [],
    };
    expect(await send({ type: 'mentions/report', payload: report }, { tab: { id: 3 }, frameId: 0 })).toEqual({
      ok: true,
      value: null,
    });
    const answer = (await send({ type: 'mentions/get', payload: { tabId: 3 } })) as {
      ok: boolean;
      value: { mentions: unknown[] };
    };
    expect(answer.ok).toBe(true);
    expect(answer.value.mentions).toHaveLength(1);
  });

  it('leaves the shortcuts out of the options page', async () => {
    const { loadShortcuts } = await import('../../src/options/settings-store');
    await expect(loadShortcuts()).resolves.toEqual([]);
  });
});

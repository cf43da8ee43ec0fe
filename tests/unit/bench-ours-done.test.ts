// The fair bench's wait for our extension's "done" (scripts/bench/ext/ours-done.mjs), run against a
// made-up chrome.storage: it resolves when a tab shows the URL complete, hears later changes, skips
// tabs a previous load resolved (a closed tab's entry can linger), and gives up after its timeout.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mentionsOf, waitCompleteInWorker } from '../../scripts/bench/ext/ours-done.mjs';

type Listener = (changes: object, area: string) => void;

function fakeStorage(initial: Record<string, unknown>) {
  const data: Record<string, unknown> = { ...initial };
  const listeners = new Set<Listener>();
  const chrome = {
    storage: {
      session: { get: async () => ({ ...data }) },
      onChanged: {
        addListener: (l: Listener) => listeners.add(l),
        removeListener: (l: Listener) => listeners.delete(l),
      },
    },
  };
  vi.stubGlobal('chrome', chrome);
  return {
    listeners,
    set(key: string, value: unknown) {
      data[key] = value;
      for (const l of [...listeners]) l({ [key]: { newValue: value } }, 'session');
    },
  };
}

const URL = 'http://127.0.0.1:1/bench/page.html';
const top = (complete: boolean, url = URL) => ({ 0: { url, complete, enabled: true, counts: { mao: 2 } } });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('waitCompleteInWorker', () => {
  it('resolves at once for a tab already done, and stops listening', async () => {
    const storage = fakeStorage({ 'tab:7': top(true), settings: {} });
    const r = await waitCompleteInWorker({ url: URL, skip: [], timeout: 1000 });
    expect(r.tabId).toBe(7);
    expect(storage.listeners.size).toBe(0);
  });

  it('waits for the top frame to be complete', async () => {
    const storage = fakeStorage({ 'tab:7': top(false) });
    let done = false;
    const waiting = waitCompleteInWorker({ url: URL, skip: [], timeout: 1000 }).then((r) => ((done = true), r));
    await new Promise((r) => setTimeout(r, 5));
    expect(done).toBe(false);
    storage.set('tab:7', top(false, 'http://127.0.0.1:1/other.html'));
    await new Promise((r) => setTimeout(r, 5));
    expect(done).toBe(false);
    storage.set('tab:7', top(true));
    expect((await waiting).tabId).toBe(7);
  });

  it('skips a tab an earlier load resolved, even when it shows the same URL complete', async () => {
    const storage = fakeStorage({ 'tab:7': top(true) });
    const waiting = waitCompleteInWorker({ url: URL, skip: [7], timeout: 1000 });
    storage.set('tab:8', top(true));
    expect((await waiting).tabId).toBe(8);
  });

  it('gives up after its timeout', async () => {
    vi.useFakeTimers();
    const storage = fakeStorage({});
    const waiting = waitCompleteInWorker({ url: URL, skip: [], timeout: 500 });
    const failed = expect(waiting).rejects.toThrow(/within 500 ms/);
    await vi.advanceTimersByTimeAsync(600);
    await failed;
    expect(storage.listeners.size).toBe(0);
  });
});

describe('mentionsOf', () => {
  it("sums the counts of the tab's enabled frames", () => {
    expect(
      mentionsOf({
        0: { enabled: true, counts: { mao: 2, stalin: 3 } },
        1: { enabled: false, counts: { mao: 9 } },
        2: { enabled: true, counts: { pact1939: 1 } },
      }),
    ).toBe(6);
  });
});

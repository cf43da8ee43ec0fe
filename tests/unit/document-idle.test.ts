// content.js starts at document_start and must read the page only when a document_idle script would
// have run (content/document-idle.ts): at the load event, or 200 ms after DOMContentLoaded, whichever
// comes first; at once when injected into a loaded page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentIdle, IDLE_AFTER_READY_MS } from '../../src/content/document-idle';

class FakeDocument extends EventTarget {
  constructor(public readyState: DocumentReadyState) {
    super();
  }
  advance(state: DocumentReadyState): void {
    this.readyState = state;
    this.dispatchEvent(new Event('readystatechange'));
  }
}

class FakeWindow extends EventTarget {
  setTimeout = (fn: () => void, ms: number): number => setTimeout(fn, ms) as unknown as number;
  clearTimeout = (id: number | undefined): void => clearTimeout(id);
}

/** Whether the promise has settled after the microtasks queued so far. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

describe('documentIdle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const idle = (doc: FakeDocument, win: FakeWindow) =>
    documentIdle(doc as unknown as Document, win as unknown as Window);

  it('goes on at once in a loaded document', async () => {
    expect(await settled(idle(new FakeDocument('complete'), new FakeWindow()))).toBe(true);
  });

  it('waits through parsing, then 200 ms after DOMContentLoaded', async () => {
    const doc = new FakeDocument('loading');
    const waiting = idle(doc, new FakeWindow());
    vi.advanceTimersByTime(5000);
    expect(await settled(waiting)).toBe(false);
    doc.advance('interactive');
    vi.advanceTimersByTime(IDLE_AFTER_READY_MS - 1);
    expect(await settled(waiting)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(waiting)).toBe(true);
  });

  it('goes on at the load event when it comes sooner', async () => {
    const doc = new FakeDocument('interactive');
    const win = new FakeWindow();
    const waiting = idle(doc, win);
    vi.advanceTimersByTime(50);
    win.dispatchEvent(new Event('load'));
    expect(await settled(waiting)).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('goes on when the document completes without a load event reaching us', async () => {
    const doc = new FakeDocument('loading');
    const waiting = idle(doc, new FakeWindow());
    doc.advance('complete');
    expect(await settled(waiting)).toBe(true);
  });
});

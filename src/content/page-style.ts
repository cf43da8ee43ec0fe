/**
 * Whether this frame carries our highlight styles (added by the background: src/background/page-style.ts).
 * content.js (at document_start) and content-main.js share one isolated world, so the state lives on
 * its global under a registry symbol the page's world cannot see.
 */
import { askBackground } from '../platform/browser';
import { logOnce } from './log-once';

const STATE = Symbol.for('sino-soviet-notes.page-style');

type StyleGlobal = typeof globalThis & { [STATE]?: boolean };

export function setPageStyle(on: boolean): void {
  const g = globalThis as StyleGlobal;
  if ((g[STATE] ?? false) === on) return;
  g[STATE] = on;
  askBackground('page-style/set', { on }).catch((error: unknown) => {
    g[STATE] = undefined;
    logOnce('page style', error);
  });
}

/** The reader changed their colours: the background swaps the colour styles of this frame. */
export function refreshPageStyle(): void {
  const g = globalThis as StyleGlobal;
  if (!g[STATE]) return;
  askBackground('page-style/set', { on: true }).catch((error: unknown) => logOnce('page style', error));
}

/**
 * How content-wrap.js hands the wrap renderer to content.js. mark.js (about 30 KB) is only needed in
 * wrap mode, so it is not part of content.js, which every page and frame parses: the background injects
 * content-wrap.js into the frame when the reader turns accessible highlights on. Both scripts run in the
 * extension's isolated world, so the page cannot see or replace what is handed over.
 */
import type { createWrapRenderer } from './wrap';

export type WrapRendererFactory = typeof createWrapRenderer;

declare global {
  /** Set by content-wrap.js (renderers/wrap-entry.ts) when it runs in this frame. */
  var ssnCreateWrapRenderer: WrapRendererFactory | undefined;
}

export function provideWrapRenderer(factory: WrapRendererFactory): void {
  globalThis.ssnCreateWrapRenderer = factory;
}

export function providedWrapRenderer(): WrapRendererFactory | undefined {
  return globalThis.ssnCreateWrapRenderer;
}

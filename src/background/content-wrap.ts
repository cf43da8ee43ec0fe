/**
 * Injects content-wrap.js (the wrap renderer with mark.js) into the frame that asks for it, so the
 * content script every page parses stays small (see src/content/renderers/wrap-handoff.ts).
 */
import { ext } from '../platform/browser';
import type { BackgroundHandler } from './handler';

export const contentWrapHandlers: { 'content/load-wrap': BackgroundHandler<'content/load-wrap'> } = {
  'content/load-wrap': async (_req, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('content-wrap.js asked for from outside a tab');
    await ext.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: ['content-wrap.js'],
    });
    return null;
  },
};

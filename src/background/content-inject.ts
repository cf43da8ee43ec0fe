/**
 * Injects the content scripts a frame loads on demand, so content.js, which every page and frame
 * parses, stays small: content-main.js on the frame's first prefilter hit (src/content/main-handoff.ts),
 * content-wrap.js (the wrap renderer with mark.js) when accessible highlights are asked for
 * (src/content/renderers/wrap-handoff.ts).
 */
import { injectScript } from '../platform/inject';
import type { Runtime } from '../platform/browser';
import type { BackgroundHandler } from './handler';

async function injectIntoSender(sender: Runtime.MessageSender, file: string): Promise<null> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error(`${file} asked for from outside a tab`);
  await injectScript(tabId, sender.frameId ?? 0, file);
  return null;
}

export const contentInjectHandlers: {
  'content/load-main': BackgroundHandler<'content/load-main'>;
  'content/load-wrap': BackgroundHandler<'content/load-wrap'>;
} = {
  'content/load-main': (_req, sender) => injectIntoSender(sender, 'content-main.js'),
  'content/load-wrap': (_req, sender) => injectIntoSender(sender, 'content-wrap.js'),
};

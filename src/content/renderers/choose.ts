/**
 * The renderer the settings ask for: painted highlights need nothing more; wrapped ones need
 * content-wrap.js, which the background injects into this frame the first time they are asked for.
 */
import { chooseRenderer, type Settings } from '../../core/settings';
import { askBackground, ext } from '../../platform/browser';
import { lookOf } from '../mention-look';
import { createPaintRenderer, highlightApiAvailable } from './paint';
import type { Renderer } from './renderer';
import { providedWrapRenderer, type WrapRendererFactory } from './wrap-handoff';

let loading: Promise<WrapRendererFactory> | null = null;

/** stale: the page rewrote text we had wrapped there; its mentions must be found again. */
export async function rendererFor(settings: Settings, stale: (block: Node) => void): Promise<Renderer> {
  if (chooseRenderer(settings, highlightApiAvailable()) === 'paint') return createPaintRenderer();
  const create = await loadWrapRenderer();
  const skipLabel = (n: number): string => ext.i18n.getMessage('skipHighlights', [String(n)]) || `Skip ${n}`;
  return create({ onStale: stale, lookOf, skipLabel });
}

function loadWrapRenderer(): Promise<WrapRendererFactory> {
  const provided = providedWrapRenderer();
  if (provided) return Promise.resolve(provided);
  loading ??= askBackground('content/load-wrap', {})
    .then(() => {
      const factory = providedWrapRenderer();
      if (!factory) throw new Error('content-wrap.js ran but gave no renderer');
      return factory;
    })
    .finally(() => {
      loading = null;
    });
  return loading;
}

/**
 * Paints mentions with the CSS Custom Highlight API: the page's DOM is never changed,
 * so pages whose frameworks own their DOM, and editors, cannot break.
 * The ::highlight() styles ship in the manifest's content-script CSS (adding a <style> later forces a style pass).
 */
import type { PageMention } from '../page-mention';
import { ACTIVE_HIGHLIGHT_NAME, HIGHLIGHT_NAME, type Renderer } from './renderer';

type PageWindow = Window & typeof globalThis;

export function highlightApiAvailable(win: PageWindow = window): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS !== 'undefined' && 'highlights' in win.CSS;
}

export function createPaintRenderer(win: PageWindow = window): Renderer {
  const ranges = new Map<number, StaticRange>();
  let highlight: Highlight | null = null;

  const rangeOf = (m: PageMention): StaticRange =>
    new win.StaticRange({
      startContainer: m.startNode,
      startOffset: m.startOffset,
      endContainer: m.endNode,
      endOffset: m.endOffset,
    });

  return {
    kind: 'paint',
    show(mentions) {
      if (!mentions.length) return;
      const target = highlight ?? new win.Highlight();
      if (!highlight) win.CSS.highlights.set(HIGHLIGHT_NAME, target);
      highlight = target;
      for (const m of mentions) {
        const range = rangeOf(m);
        ranges.set(m.id, range);
        target.add(range);
      }
    },
    hide(mentions) {
      for (const m of mentions) {
        const range = ranges.get(m.id);
        if (range && highlight) highlight.delete(range);
        ranges.delete(m.id);
      }
    },
    clear() {
      ranges.clear();
      highlight = null;
      win.CSS.highlights.delete(HIGHLIGHT_NAME);
      win.CSS.highlights.delete(ACTIVE_HIGHLIGHT_NAME);
    },
    setActive(mention) {
      if (!mention) {
        win.CSS.highlights.delete(ACTIVE_HIGHLIGHT_NAME);
        return;
      }
      const next = new win.Highlight(rangeOf(mention));
      next.priority = 1;
      win.CSS.highlights.set(ACTIVE_HIGHLIGHT_NAME, next);
    },
  };
}

/**
 * Paints mentions with the CSS Custom Highlight API: the page's DOM is never changed,
 * so pages whose frameworks own their DOM, and editors, cannot break.
 * The ::highlight() styles come with the page style (page-style.ts), added only where highlights are on.
 */
import type { PageMention } from '../page-mention';
import { KeptHighlight } from './kept-highlight';
import { ACTIVE_HIGHLIGHT_NAME, HIGHLIGHT_NAME, type Renderer } from './renderer';

type PageWindow = Window & typeof globalThis;

export function highlightApiAvailable(win: PageWindow = window): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS !== 'undefined' && 'highlights' in win.CSS;
}

export function createPaintRenderer(win: PageWindow = window): Renderer {
  const ranges = new Map<number, StaticRange>();
  const highlight = new KeptHighlight(win, HIGHLIGHT_NAME);
  const active = new KeptHighlight(win, ACTIVE_HIGHLIGHT_NAME, 1);

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
      for (const m of mentions) {
        const range = rangeOf(m);
        ranges.set(m.id, range);
        highlight.add(range);
      }
      highlight.check();
    },
    hide(mentions) {
      for (const m of mentions) {
        const range = ranges.get(m.id);
        if (range) highlight.delete(range);
        ranges.delete(m.id);
      }
    },
    clear() {
      ranges.clear();
      highlight.clear();
      active.clear();
    },
    setActive(mention) {
      if (mention) active.only(rangeOf(mention));
      else active.clear();
    },
  };
}

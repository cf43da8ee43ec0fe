/**
 * Paints mentions with the CSS Custom Highlight API: the page's DOM is never changed,
 * so pages whose frameworks own their DOM, and editors, cannot break.
 * The ::highlight() styles come with the page style (page-style.ts), added only where highlights are on.
 */
import { highlightName } from '../../core/highlight-categories';
import { lookOf } from '../mention-look';
import type { PageMention } from '../page-mention';
import { KeptHighlight } from './kept-highlight';
import { ACTIVE_HIGHLIGHT_NAME, HIGHLIGHT_NAME, type Renderer } from './renderer';

type PageWindow = Window & typeof globalThis;

export function highlightApiAvailable(win: PageWindow = window): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS !== 'undefined' && 'highlights' in win.CSS;
}

export function createPaintRenderer(win: PageWindow = window): Renderer {
  const ranges = new Map<number, { range: StaticRange; highlight: KeptHighlight }>();
  // One highlight per category and scheme (::highlight rules cannot tell ranges apart otherwise).
  const highlights = new Map<string, KeptHighlight>();
  const highlightOf = (m: PageMention): KeptHighlight => {
    const look = lookOf(m);
    const name = highlightName(look.category, look.scheme);
    let highlight = highlights.get(name);
    if (!highlight) highlights.set(name, (highlight = new KeptHighlight(win, name)));
    return highlight;
  };
  const active = new KeptHighlight(win, ACTIVE_HIGHLIGHT_NAME, 1);
  // Every painted range under one unstyled name too: what is painted, whatever its style, in one place.
  const all = new KeptHighlight(win, HIGHLIGHT_NAME);

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
      const touched = new Set<KeptHighlight>();
      // Every look (computed styles) read before the first range is added: no read after a write.
      const chosen = mentions.map(highlightOf);
      for (const [i, m] of mentions.entries()) {
        const range = rangeOf(m);
        const highlight = chosen[i] as KeptHighlight;
        ranges.set(m.id, { range, highlight });
        highlight.add(range);
        all.add(range);
        touched.add(highlight);
      }
      all.check();
      for (const highlight of touched) highlight.check();
    },
    hide(mentions) {
      for (const m of mentions) {
        const shown = ranges.get(m.id);
        if (shown) shown.highlight.delete(shown.range);
        if (shown) all.delete(shown.range);
        ranges.delete(m.id);
      }
    },
    clear() {
      ranges.clear();
      for (const highlight of highlights.values()) highlight.clear();
      all.clear();
      active.clear();
    },
    setActive(mention) {
      if (mention) active.only(rangeOf(mention));
      else active.clear();
    },
  };
}

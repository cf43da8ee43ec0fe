/**
 * Each mention's section (the number of headings before it), for the "one per section" density.
 * Cheap on long pages: the heading list is re-read only after the document's children changed, and a
 * rescan places only the mentions not yet placed, each from the section of the placed one before it.
 */
import type { PageMention } from './page-mention';
import { TreeOrder } from './tree-order';

const HEADINGS = 'h1,h2,h3,h4,h5,h6';

/**
 * Sections found so far: each mention's section and how many headings there were when it was placed.
 * Valid while the headings stay the same elements or only gain some at the end (a page still being
 * parsed): a mention placed before one of the headings then has none of the added ones before it.
 */
let known = {
  headings: [] as ArrayLike<Element>,
  of: new WeakMap<PageMention, [section: number, headings: number]>(),
};
/** Document order as of the last change. */
let order = new TreeOrder();

/** Hears any change of the watched document's children: only then can its headings have changed. */
let watch: { doc: Document; observer: MutationObserver; changed: boolean } | null = null;

/** The static list itself, not a copy: spreading a feed's thousands of headings on each change was garbage. */
function headingsOf(doc: Document): ArrayLike<Element> {
  if (watch?.doc !== doc) {
    watch?.observer.disconnect();
    const observer = new MutationObserver(() => {
      if (watch) watch.changed = true;
    });
    observer.observe(doc, { childList: true, subtree: true });
    watch = { doc, observer, changed: true };
  }
  // Changes made in this very task are not delivered yet: takeRecords() has them.
  if (watch.observer.takeRecords().length) watch.changed = true;
  if (!watch.changed) return known.headings;
  watch.changed = false;
  order = new TreeOrder();
  return doc.querySelectorAll(HEADINGS);
}

/**
 * Each mention's section: the number of headings before it. One merge of the mentions not yet placed
 * with the headings (both in document order), so a rescan places only the new ones.
 */
export function sectionsOf(mentions: readonly PageMention[], doc: Document): number[] {
  const headings = headingsOf(doc);
  const old = known.headings;
  if (headings !== old) {
    let extended = headings.length >= old.length;
    for (let i = 0; extended && i < old.length; i++) extended = old[i] === headings[i];
    known = { headings, of: extended ? known.of : new WeakMap() };
  }
  const placedNow = (m: PageMention): number | undefined => {
    const p = known.of.get(m);
    return p && (p[0] < p[1] || p[1] === headings.length) ? p[0] : undefined;
  };
  let next = 0;
  for (const m of mentions) {
    const placed = placedNow(m);
    if (placed !== undefined) {
      // In document order, the next mention has at least as many headings before it.
      next = Math.max(next, placed);
      continue;
    }
    // A heading "precedes" the text inside it too: that text opens the heading's section.
    while (next < headings.length && order.follows(headings[next] as Element, m.startNode)) next++;
    known.of.set(m, [next, headings.length]);
  }
  return mentions.map((m) => known.of.get(m)?.[0] ?? 0);
}

/**
 * Each mention's section (the number of headings before it), for the "one per section" density.
 * Cheap on long pages: the heading list is re-read only after the document's children changed, and a
 * rescan places only the mentions not yet placed, each from the section of the placed one before it.
 */
import type { PageMention } from './page-mention';

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
const HEADINGS = 'h1,h2,h3,h4,h5,h6';

/** Sections found so far, valid while the page's headings stay the same elements. */
let known = { headings: [] as Element[], of: new WeakMap<PageMention, number>() };

/** Hears any change of the watched document's children: only then can its headings have changed. */
let watch: { doc: Document; observer: MutationObserver; changed: boolean } | null = null;

function headingsOf(doc: Document): Element[] {
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
  return [...doc.querySelectorAll(HEADINGS)];
}

/**
 * Each mention's section: the number of headings before it. One merge of the mentions not yet placed
 * with the headings (both in document order), so a rescan places only the new ones.
 */
export function sectionsOf(mentions: readonly PageMention[], doc: Document): number[] {
  const headings = headingsOf(doc);
  if (headings.length !== known.headings.length || headings.some((h, i) => h !== known.headings[i]))
    known = { headings, of: new WeakMap() };
  let next = 0;
  for (const m of mentions) {
    const placed = known.of.get(m);
    if (placed !== undefined) {
      // In document order, the next mention has at least as many headings before it.
      next = Math.max(next, placed);
      continue;
    }
    // A heading "precedes" the text inside it too: that text opens the heading's section.
    while (next < headings.length && (headings[next] as Element).compareDocumentPosition(m.startNode) & FOLLOWING)
      next++;
    known.of.set(m, next);
  }
  return mentions.map((m) => known.of.get(m) ?? 0);
}

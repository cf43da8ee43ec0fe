// @vitest-environment jsdom
// A report's passages kept between reports (content/place-cache.ts): kept while the page changes only
// after the last block read, dropped by any change at or before it, and always what a fresh read gives.
import { describe, expect, it } from 'vitest';
import type { PageMention } from '../../../src/content/page-mention';
import { PlaceCache } from '../../../src/content/place-cache';
import { withPlaces, withPlacesInIdle } from '../../../src/content/report-places';

function mentionsIn(doc: Document, word: string): PageMention[] {
  const out: PageMention[] = [];
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const at = n.data.indexOf(word);
    if (at < 0) continue;
    out.push({
      id: out.length + 1,
      topic: 'mao-zedong',
      ambiguous: false,
      startNode: n,
      startOffset: at,
      endNode: n,
      endOffset: at + word.length,
      text: word,
      context: '',
    });
  }
  return out;
}

function feed(): { doc: Document; main: HTMLElement } {
  document.body.innerHTML =
    '<main><h3>Post 1</h3><p>Mao wrote. Then he left.</p><h3>Post 2</h3><p>Later Mao came.</p></main>';
  return { doc: document, main: document.querySelector('main') as HTMLElement };
}

const sentences = (places: Awaited<ReturnType<typeof withPlacesInIdle>>): string[] =>
  places.mentions.map((m) => `${places.headings[m.place?.heading ?? -1]}: ${m.place?.sentence}`);

describe('the place cache', () => {
  it('keeps passages while the page grows after them, and reads them again after a change before', async () => {
    const { doc, main } = feed();
    const cache = new PlaceCache(doc);
    const mentions = mentionsIn(doc, 'Mao');
    expect(sentences(await withPlacesInIdle(mentions, doc, cache))).toEqual([
      'Post 1: Mao wrote.',
      'Post 2: Later Mao came.',
    ]);

    // A post appended: the kept passages are used. (The first paragraph is changed without telling
    // the cache, only to show that it was not read again.)
    const added = doc.createElement('article');
    added.innerHTML = '<h3>Post 3</h3><p>Nothing.</p>';
    main.append(added);
    const first = mentions[0]!.startNode;
    first.data = 'Mao wrote again. Then he left.';
    cache.changed([added]);
    expect(sentences(await withPlacesInIdle(mentions, doc, cache))[0]).toBe('Post 1: Mao wrote.');

    // The change in the first paragraph reported: read again, as a fresh read gives it.
    cache.changed([first.parentElement!]);
    const again = await withPlacesInIdle(mentions, doc, cache);
    expect(sentences(again)[0]).toBe('Post 1: Mao wrote again.');
    expect(again).toEqual(withPlaces(mentions, doc));
  });

  it('drops everything for a heading added before a mention, a removal, or a change anywhere', async () => {
    const { doc, main } = feed();
    const cache = new PlaceCache(doc);
    const mentions = mentionsIn(doc, 'Mao');
    await withPlacesInIdle(mentions, doc, cache);
    const h = doc.createElement('h3');
    h.textContent = 'Inserted';
    main.insertBefore(h, main.children[1]!);
    cache.changed([h]);
    expect(sentences(await withPlacesInIdle(mentions, doc, cache))[0]).toBe('Inserted: Mao wrote.');

    h.remove();
    cache.changed([main]);
    expect(sentences(await withPlacesInIdle(mentions, doc, cache))[0]).toBe('Post 1: Mao wrote.');

    main.querySelector('h3')!.textContent = 'Renamed';
    cache.changed('all');
    expect(sentences(await withPlacesInIdle(mentions, doc, cache))[0]).toBe('Renamed: Mao wrote.');
  });

  it('keeps nothing read while the page changed before it', async () => {
    const { doc } = feed();
    const cache = new PlaceCache(doc);
    const mentions = mentionsIn(doc, 'Mao');
    const pending = withPlacesInIdle(mentions, doc, cache);
    cache.changed('all');
    await pending;
    const first = mentions[0]!.startNode;
    first.data = 'Mao spoke. Then he left.';
    // Nothing was kept from the report that ran across the change: this one reads the page.
    expect(sentences(await withPlacesInIdle(mentions, doc, cache))[0]).toBe('Post 1: Mao spoke.');
  });
});

// The bench's pages with mentions: real corpus pages (from the validating half, so nothing the
// prefilter was tuned on) with names of their own script inserted into their prose, plus the 1 MB
// page with 300 names as before. Built in memory at bench time and served from there.
import { corpusDocument, serialize } from './corpus-html.mjs';
import { insertNames } from './insert-names.mjs';
import { prosePage, proseParagraphs } from './prose.mjs';

/**
 * Latin, Chinese (Traditional and Simplified) and Cyrillic prose; one name per EVERY[script] characters
 * of text (a Chinese character carries about as much as a word: these pages have little Chinese prose).
 */
const EVERY = { latin: 250, cyrillic: 250, han: 60 };
const MAX = 400;
export const MENTION_PAGES = [
  { file: 'readability/bbc-1.html', script: 'latin' },
  { file: 'readability/theverge.html', script: 'latin' },
  { file: 'readability/pixnet.html', script: 'han' },
  { file: 'readability/qq.html', script: 'han' },
  { file: 'newspaper4k/chinese_article_001.html', script: 'han' },
  { file: 'trafilatura/football.ua.podolski.html', script: 'cyrillic' },
];
/** The corpus has one page of Russian prose: the second Cyrillic page is an article made of its paragraphs. */
const RUSSIAN_SOURCE = 'trafilatura/football.ua.podolski.html';
export const MAIN_PAGE = 'readability/wikipedia-2.html';

/**
 * @param {{ latin: string[], cyrillic: string[], han: string[] }} names
 * @returns {{ name: string, source: string, script: string, html: string, inserted: number }[]}
 */
export function buildMentionPages(names, seed) {
  const out = [];
  const main = corpusDocument(MAIN_PAGE);
  const m = insertNames(main, { script: 'latin', names: names.latin, every: 1, max: 300, seed });
  out.push({
    name: '1 MB page (wikipedia-2 + 300 names)',
    source: MAIN_PAGE,
    script: 'latin',
    html: serialize(main),
    inserted: m.inserted,
    main: true,
  });
  for (const [i, { file, script }] of MENTION_PAGES.entries()) {
    const doc = corpusDocument(file);
    const r = insertNames(doc, { script, names: names[script], every: EVERY[script], max: MAX, seed: seed + i + 1 });
    out.push({
      name: file.replace(/^.*\//, '').replace(/\.html$/, ''),
      source: file,
      script,
      html: serialize(doc),
      inserted: r.inserted,
    });
  }
  const paragraphs = proseParagraphs([RUSSIAN_SOURCE], 'cyrillic');
  const ru = prosePage(paragraphs, { bytes: 200_000, every: EVERY.cyrillic, names, seed: seed + 99, title: 'Статья' });
  out.push({
    name: 'russian-article (football.ua prose)',
    source: RUSSIAN_SOURCE,
    script: 'cyrillic',
    html: ru.html,
    inserted: ru.inserted,
  });
  return out;
}

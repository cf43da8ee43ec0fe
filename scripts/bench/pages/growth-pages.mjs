// The growth series: prose pages of 1, 2, 4 and 8 MB at one name per about 4,000 characters of
// text, made of the same paragraphs (English with Chinese and Russian ones among them), so cost
// against size shows how the scan grows with the page.
import { prosePage, proseParagraphs } from './prose.mjs';

export const GROWTH_MB = [1, 2, 4, 8];
const EVERY = 4_000;
/** Pages of the validating half with prose in the three scripts. */
const SOURCES = [
  'readability/wikipedia-2.html',
  'readability/bbc-1.html',
  'readability/theverge.html',
  'readability/lazy-image-2.html',
  'readability/pixnet.html',
  'trafilatura/football.ua.podolski.html',
  'newspaper4k/chinese_article_001.html',
];

export function buildGrowthPages(names, seed) {
  const paragraphs = proseParagraphs(SOURCES);
  return GROWTH_MB.map((mb) => {
    const page = prosePage(paragraphs, { bytes: mb * 1_000_000, every: EVERY, names, seed, title: `Growth ${mb} MB` });
    return { name: `prose ${mb} MB`, mb, script: 'mixed', source: 'generated', ...page };
  });
}

// @vitest-environment jsdom
// The page side: a mention's passage read from the DOM (block, sentence, nearest heading), the card's
// context, and the report's places; and the background side: each placed mention judged as its card.
import { describe, expect, it } from 'vitest';
import { judgeReport } from '../../../src/background/report-theses';
import type { PageMention } from '../../../src/content/page-mention';
import { cardContext } from '../../../src/content/previews/card-context';
import { createPassageReader } from '../../../src/content/passage-reader';
import { MAX_PLACES, withPlaces } from '../../../src/content/report-places';
import { prepared } from './labelled-set';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

/** Every occurrence of each needle as a mention, in document order. */
function mentionsOf(doc: Document, needles: Record<string, string>): PageMention[] {
  const out: PageMention[] = [];
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    for (const [text, topic] of Object.entries(needles)) {
      for (let at = n.data.indexOf(text); at >= 0; at = n.data.indexOf(text, at + 1)) {
        out.push({
          id: out.length + 1,
          topic,
          ambiguous: false,
          startNode: n,
          startOffset: at,
          endNode: n,
          endOffset: at + text.length,
          text,
          context: '',
        });
      }
    }
  }
  return out;
}

const HTML = `
  <h2>The crisis of <i>July 1958</i></h2>
  <p>Years before, in 1939, much was said. <b>Mao Zedong</b> saw Ambassador Yudin twice that week. He refused.</p>
  <h2>Later</h2>
  <p>In 1966 Mao Zedong started a campaign.</p>`;

describe('the passage reader', () => {
  it('reads the sentence across inline elements, the block and the nearest heading above', () => {
    const doc = page(HTML);
    const [mao] = mentionsOf(doc, { 'Mao Zedong': 'mao-zedong' });
    expect(createPassageReader(doc).passageOf(mao!)).toEqual({
      sentence: 'Mao Zedong saw Ambassador Yudin twice that week.',
      block: 'Years before, in 1939, much was said. Mao Zedong saw Ambassador Yudin twice that week. He refused.',
      heading: 'The crisis of July 1958',
    });
  });

  it('gives the card the topics of its block and of the page', () => {
    const doc = page(HTML);
    const all = mentionsOf(doc, { 'Mao Zedong': 'mao-zedong', 'Ambassador Yudin': 'yudin' });
    const context = cardContext(all[0]!, all, doc);
    expect(context.blockTopics.sort()).toEqual(['mao-zedong', 'yudin']);
    expect(context.pageTopics.sort()).toEqual(['mao-zedong', 'yudin']);
  });
});

describe('a report', () => {
  it('carries each place once, and the background gives each mention the thesis its card would lead with', () => {
    const doc = page(HTML);
    const all = mentionsOf(doc, { 'Mao Zedong': 'mao-zedong', 'Ambassador Yudin': 'yudin' });
    const report = {
      url: 'https://example.org/',
      complete: true,
      enabled: true,
      visible: true,
      counts: {},
      capped: false,
      hiddenFrames: [],
      ...withPlaces(all, doc),
    };
    expect(report.headings).toEqual(['The crisis of July 1958', 'Later']);
    expect(report.mentions.map((m) => m.place?.group)).toEqual([0, 0, 1]);
    const judged = judgeReport(prepared.kb, report);
    expect(judged.mentions.map((m) => [m.topic, m.thesis])).toEqual([
      ['mao-zedong', 'conclusion-sovereignty-equality'],
      ['yudin', 'conclusion-sovereignty-equality'],
      ['mao-zedong', null],
    ]);
    // Only the compact result is kept: no passage text in the tab's state.
    expect(JSON.stringify(judged)).not.toContain('twice that week');
  });

  it('is bounded: past MAX_PLACES mentions carry no place, and are not judged', () => {
    const doc = page(`<p>${'Mao Zedong. '.repeat(MAX_PLACES + 5)}</p>`);
    const report = {
      url: 'u',
      complete: true,
      enabled: true,
      visible: true,
      counts: {},
      capped: false,
      hiddenFrames: [],
      ...withPlaces(mentionsOf(doc, { 'Mao Zedong': 'mao-zedong' }), doc),
    };
    expect(report.mentions.filter((m) => m.place)).toHaveLength(MAX_PLACES);
    expect(report.blocks.length).toBeLessThanOrEqual(MAX_PLACES);
    const judged = judgeReport(prepared.kb, report);
    expect(judged.mentions.at(-1)).not.toHaveProperty('thesis');
  });
});

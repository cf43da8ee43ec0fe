// @vitest-environment jsdom
// Each mention's section for the "one per section" density (content/mention-sections.ts): the heading
// list is re-read only after the document changed, so a heading added or removed — in the same task or
// an earlier one — must still move the sections of the mentions after it.
import { describe, expect, it } from 'vitest';
import { sectionsOf } from '../../src/content/mention-sections';
import type { PageMention } from '../../src/content/page-mention';
import { TreeOrder } from '../../src/content/tree-order';

let nextId = 0;
function mentionIn(el: Element): PageMention {
  const node = el.firstChild as Text;
  return {
    id: nextId++,
    topic: 'mao',
    ambiguous: false,
    startNode: node,
    startOffset: 0,
    endNode: node,
    endOffset: 3,
    text: 'Mao',
  } as PageMention;
}

function page(html: string): { doc: Document; mentions: PageMention[] } {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return { doc, mentions: [...doc.querySelectorAll('.m')].map(mentionIn) };
}

describe('sections of mentions', () => {
  it('counts the headings before each mention, a heading opening its own section', () => {
    const { doc, mentions } = page(
      '<p class=m>Mao</p><h2 class=m>Mao</h2><p class=m>Mao</p><h2>X</h2><p class=m>Mao</p>',
    );
    expect(sectionsOf(mentions, doc)).toEqual([0, 1, 1, 2]);
  });

  it('sees a heading added in the same task, and one added before', async () => {
    const { doc, mentions } = page('<p class=m>Mao</p><p class=m>Mao</p><p class=m>Mao</p>');
    expect(sectionsOf(mentions, doc)).toEqual([0, 0, 0]);
    const h = doc.createElement('h2');
    h.textContent = 'Part';
    doc.body.insertBefore(h, doc.body.children[1] ?? null);
    expect(sectionsOf(mentions, doc)).toEqual([0, 1, 1]);
    await Promise.resolve();
    h.remove();
    await new Promise((r) => setTimeout(r, 0));
    expect(sectionsOf(mentions, doc)).toEqual([0, 0, 0]);
  });

  it('places only new mentions on a rescan, from the section of the placed one before them', () => {
    const { doc, mentions } = page('<p class=m>Mao</p><h2>A</h2><p class=m>Mao</p><h2>B</h2><p class=m>Mao</p>');
    const first = sectionsOf(mentions.slice(0, 2), doc);
    expect(first).toEqual([0, 1]);
    expect(sectionsOf(mentions, doc)).toEqual([0, 1, 2]);
    // A document with other headings starts over.
    const other = page('<h2>A</h2><h2>B</h2><p class=m>Mao</p>');
    expect(sectionsOf(other.mentions, other.doc)).toEqual([2]);
  });
});

describe('sections while the page grows', () => {
  it('keeps mentions placed before a heading when headings are added at the end, and places the rest again', () => {
    const { doc, mentions } = page('<p class=m>Mao</p><h2>A</h2><p class=m>Mao</p>');
    expect(sectionsOf(mentions, doc)).toEqual([0, 1]);
    // The parser adds more of the page: a heading, then a paragraph after it.
    doc.body.insertAdjacentHTML('beforeend', '<h2>B</h2><p class=m>Mao</p>');
    const all = [...mentions, mentionIn(doc.querySelectorAll('.m')[2] as Element)];
    expect(sectionsOf(all, doc)).toEqual([0, 1, 2]);
    // A heading added between placed mentions moves the later ones.
    const h = doc.createElement('h3');
    h.textContent = 'Between';
    doc.body.insertBefore(h, doc.querySelectorAll('.m')[1] ?? null);
    expect(sectionsOf(all, doc)).toEqual([0, 2, 3]);
  });
});

describe('TreeOrder', () => {
  it('orders nodes as compareDocumentPosition does', () => {
    const doc = document.implementation.createHTMLDocument('t');
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const nodes: Node[] = [doc.body];
    for (let i = 0; i < 300; i++) {
      const parent = nodes.filter((n) => n.nodeType === 1)[
        rand(nodes.filter((n) => n.nodeType === 1).length)
      ] as Element;
      const child = rand(3) ? doc.createElement(rand(2) ? 'p' : 'h2') : doc.createTextNode('x');
      parent.insertBefore(child, parent.childNodes[rand(parent.childNodes.length + 1)] ?? null);
      nodes.push(child);
    }
    const order = new TreeOrder();
    for (let i = 0; i < 3000; i++) {
      const a = nodes[rand(nodes.length)] as Node;
      const b = nodes[rand(nodes.length)] as Node;
      expect(order.follows(a, b)).toBe(Boolean(a.compareDocumentPosition(b) & 4));
    }
  });

  it('orders siblings near and far apart under a parent of many children', () => {
    const doc = document.implementation.createHTMLDocument('t');
    for (let i = 0; i < 500; i++) doc.body.append(doc.createElement('p'));
    const kids = [...doc.body.children];
    const order = new TreeOrder();
    // Neighbours first (walked), then far apart (the parent numbered), then neighbours again.
    for (const [i, j] of [
      [10, 12],
      [12, 10],
      [3, 400],
      [499, 0],
      [250, 251],
      [251, 250],
    ] as const) {
      expect(order.follows(kids[i]!, kids[j]!)).toBe(i < j);
    }
  });
});

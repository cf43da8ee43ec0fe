// @vitest-environment jsdom
// Wrap mode's one write to the page's own text nodes, and its undoing (issue 11, finding 1): the page's
// node keeps its place, and restoring never writes text the page did not just see.
import { describe, expect, it } from 'vitest';
import type { PageMention } from '../../src/content/page-mention';
import { restoreSplit, splitNode, type Segment } from '../../src/content/renderers/split-node';

function setup(text: string) {
  document.body.innerHTML = '';
  const p = document.createElement('p');
  const node = document.createTextNode(text);
  p.append('Likes: ', node);
  document.body.append(p);
  return { p, node };
}

const mention = (id: number, topic: string) => ({ id, topic }) as PageMention;
const seg = (node: Text, start: number, end: number, id: number): Segment => ({
  node,
  start,
  end,
  mention: mention(id, `t${id}`),
});

describe('splitNode / restoreSplit', () => {
  it('keeps the page node in place with the text before the first mention, and restores it exactly', () => {
    const { p, node } = setup('Mao Zedong met Stalin.');
    const split = splitNode(node, [seg(node, 15, 21, 2), seg(node, 0, 10, 1)], document, new Set(), null, false)!;
    expect(node.parentNode).toBe(p);
    expect(node.data).toBe('');
    expect(p.innerHTML).toBe(
      'Likes: <mark class="ssn-mark" data-ssn-topic="t1" data-ssn-id="1" tabindex="0" data-ssn-stop="">Mao Zedong</mark> met <mark class="ssn-mark" data-ssn-topic="t2" data-ssn-id="2" tabindex="0" data-ssn-stop="">Stalin</mark>.',
    );
    expect(restoreSplit(split)).toBe(true);
    expect(p.innerHTML).toBe('Likes: Mao Zedong met Stalin.');
    expect(p.childNodes[1]).toBe(node);
  });

  it('drops our pieces without writing when the page rewrote its node', () => {
    const { p, node } = setup(' — Mao Zedong met Stalin');
    const split = splitNode(node, [seg(node, 3, 13, 1)], document, new Set(), null, false)!;
    node.data = ' — Khrushchev';
    expect(restoreSplit(split)).toBe(false);
    expect(p.textContent).toBe('Likes:  — Khrushchev');
  });

  it('drops our pieces when the page removed its node', () => {
    const { p, node } = setup('Mao Zedong met Stalin');
    const split = splitNode(node, [seg(node, 0, 10, 1)], document, new Set(), null, false)!;
    node.remove();
    expect(restoreSplit(split)).toBe(false);
    expect(p.textContent).toBe('Likes: ');
  });

  it('refuses segments that no longer fit the text', () => {
    const { node } = setup('Mao');
    expect(splitNode(node, [seg(node, 0, 10, 1)], document, new Set(), null, false)).toBeNull();
    expect(node.data).toBe('Mao');
  });

  it('gives a mention one tab stop, and display-contents marks in flex or grid items', () => {
    const { node } = setup('Mao and Mao');
    const stops = new Set<number>([1]);
    const split = splitNode(node, [seg(node, 0, 3, 1), seg(node, 8, 11, 3)], document, stops, 3, true)!;
    expect(split.marks.map((m) => [m.tabIndex, m.className])).toEqual([
      [-1, 'ssn-mark ssn-contents'],
      [0, 'ssn-mark ssn-contents ssn-active'],
    ]);
  });

  it('adds no Tab stop for a mention inside a link (the link is its stop), and gives the mark its style class', () => {
    document.body.innerHTML = '';
    const a = document.createElement('a');
    a.href = '/x';
    const node = document.createTextNode('Stalin');
    a.append(node);
    document.body.append(a);
    const split = splitNode(node, [seg(node, 0, 6, 1)], document, new Set(), null, false, () => 'ssn-person-light')!;
    const mark = split.marks[0]!;
    expect(mark.tabIndex).toBe(-1);
    expect(mark.hasAttribute('tabindex')).toBe(false);
    expect(mark.className).toBe('ssn-mark ssn-person-light');
  });
});

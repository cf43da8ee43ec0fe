// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { PageMention } from '../../../src/content/page-mention';
import { paintedMentionAt, rectsContain, wrappedMentionId } from '../../../src/content/previews/hit-test';
import { buildSpanIndex, spansAtOffset, type Span } from '../../../src/content/previews/mention-index';

let nextId = 1;
function mention(startNode: Text, startOffset: number, endNode: Text, endOffset: number, topic = 't'): PageMention {
  return { id: nextId++, topic, ambiguous: false, startNode, startOffset, endNode, endOffset, text: '', context: '' };
}

const spans = (ranges: [number, number][]): Span[] =>
  ranges.map(([from, to]) => ({ from, to, mention: { id: from } as PageMention }));

describe('spansAtOffset (binary search over one text node)', () => {
  const list = spans([
    [0, 3],
    [5, 10],
    [10, 14],
    [20, 25],
  ]);
  const at = (offset: number) => spansAtOffset(list, offset).map((s) => s.from);

  it('finds the span holding an offset, its end included (a caret sits between characters)', () => {
    expect(at(0)).toEqual([0]);
    expect(at(2)).toEqual([0]);
    expect(at(3)).toEqual([0]);
    expect(at(7)).toEqual([5]);
    expect(at(25)).toEqual([20]);
  });

  it('finds nothing between spans, before the first or after the last', () => {
    expect(at(4)).toEqual([]);
    expect(at(15)).toEqual([]);
    expect(at(26)).toEqual([]);
    expect(spansAtOffset(spans([[3, 5]]), 1)).toEqual([]);
    expect(spansAtOffset([], 0)).toEqual([]);
  });

  it('returns both mentions where one ends and the next begins', () => {
    expect(at(10)).toEqual([10, 5]);
  });

  it('agrees with a linear scan on many random lists', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const failures: string[] = [];
    for (let round = 0; round < 100; round++) {
      const ranges: [number, number][] = [];
      let pos = 0;
      for (let i = 0; i < 1 + (round % 30); i++) {
        pos += Math.floor(random() * 4);
        const len = 1 + Math.floor(random() * 6);
        ranges.push([pos, pos + len]);
        pos += len;
      }
      const list2 = spans(ranges);
      for (let offset = 0; offset <= pos + 2; offset++) {
        const expected = list2
          .filter((s) => s.from <= offset && offset <= s.to)
          .map((s) => s.from)
          .sort((a, b) => a - b);
        const got = spansAtOffset(list2, offset)
          .map((s) => s.from)
          .sort((a, b) => a - b);
        if (got.join() !== expected.join())
          failures.push(`${JSON.stringify(ranges)} @${offset}: ${got.join()} != ${expected.join()}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('buildSpanIndex', () => {
  it('indexes a mention in every text node it covers, each node sorted by offset', () => {
    document.body.innerHTML = '<p>Mao <b>Ze</b><i>dong</i> met Stalin and Mao.</p>';
    const [mao, ze] = [
      document.querySelector('p')!.firstChild as Text,
      document.querySelector('b')!.firstChild as Text,
    ];
    const dong = document.querySelector('i')!.firstChild as Text;
    const rest = document.querySelector('i')!.nextSibling as Text;
    const later = mention(rest, 5, rest, 11);
    const last = mention(rest, 16, rest, 19);
    const across = mention(mao, 0, dong, 4);
    const index = buildSpanIndex([last, across, later], document);
    expect(index.byNode.get(mao)?.map((s) => [s.from, s.to, s.mention.id])).toEqual([[0, 4, across.id]]);
    expect(index.byNode.get(ze)?.map((s) => [s.from, s.to])).toEqual([[0, 2]]);
    expect(index.byNode.get(dong)?.map((s) => [s.from, s.to])).toEqual([[0, 4]]);
    expect(index.byNode.get(rest)?.map((s) => s.mention.id)).toEqual([later.id, last.id]);
    expect([...index.parents]).toEqual([
      document.querySelector('p'),
      document.querySelector('b'),
      document.querySelector('i'),
    ]);
  });
});

describe('paintedMentionAt', () => {
  function setup(rects: DOMRect[]) {
    document.body.innerHTML = '<p>Then Stalin spoke.</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const m = mention(text, 5, text, 11, 'stalin');
    const index = buildSpanIndex([m], document);
    let caret = { offsetNode: text as Node, offset: 7 };
    Object.assign(document, { caretPositionFromPoint: () => caret });
    const scratch = document.createRange();
    Object.assign(scratch, { getClientRects: () => rects });
    return { m, index, scratch, setCaret: (node: Node, offset: number) => (caret = { offsetNode: node, offset }) };
  }

  it('finds the mention whose rectangles hold the point', () => {
    const { m, index, scratch } = setup([new DOMRect(40, 10, 50, 20)]);
    expect(paintedMentionAt(document, index, 60, 20, scratch)).toBe(m);
  });

  it('rejects a caret that snapped to the mention from a point outside it (past a line end)', () => {
    const { index, scratch } = setup([new DOMRect(40, 10, 50, 20)]);
    expect(paintedMentionAt(document, index, 300, 20, scratch)).toBeNull();
  });

  it('skips the caret lookup over an element that holds no mention text', () => {
    const { m, index, scratch } = setup([new DOMRect(40, 10, 50, 20)]);
    let lookups = 0;
    const caret = (document as unknown as { caretPositionFromPoint: () => unknown }).caretPositionFromPoint;
    Object.assign(document, { caretPositionFromPoint: () => (lookups++, caret()) });
    expect(paintedMentionAt(document, index, 60, 20, scratch, document.body)).toBeNull();
    expect(lookups).toBe(0);
    expect(paintedMentionAt(document, index, 60, 20, scratch, document.querySelector('p'))).toBe(m);
    expect(lookups).toBe(1);
  });

  it('finds nothing outside any mention or outside text', () => {
    const { index, scratch, setCaret } = setup([new DOMRect(40, 10, 50, 20)]);
    setCaret(document.querySelector('p')!.firstChild!, 1);
    expect(paintedMentionAt(document, index, 60, 20, scratch)).toBeNull();
    setCaret(document.body, 0);
    expect(paintedMentionAt(document, index, 60, 20, scratch)).toBeNull();
  });

  it('checks rectangles edge-inclusive', () => {
    expect(rectsContain([new DOMRect(0, 0, 10, 10)], 10, 10)).toBe(true);
    expect(rectsContain([new DOMRect(0, 0, 10, 10)], 10.5, 5)).toBe(false);
  });
});

describe('wrappedMentionId', () => {
  it('reads the id of the mark an event happened in', () => {
    document.body.innerHTML = '<p><mark class="ssn-mark" data-ssn-id="42"><b>Mao</b></mark> <mark>other</mark></p>';
    expect(wrappedMentionId(document.querySelector('b'))).toBe(42);
    expect(wrappedMentionId(document.querySelector('b')!.firstChild)).toBe(42);
    expect(wrappedMentionId(document.querySelectorAll('mark')[1]!)).toBeNull();
    expect(wrappedMentionId(window)).toBeNull();
    expect(wrappedMentionId(null)).toBeNull();
  });
});

// @vitest-environment jsdom
// A full scan reads the page by parts (text-parts.ts): every rendered text node once and in order,
// no part past its node or character budget (so no step grows with the page), and a name cut by a
// part boundary whole in the next part, whose offsets still map back to the right nodes.
import { describe, expect, it } from 'vitest';
import { nodesOfPart, textParts } from '../../src/content/text-parts';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('textParts', () => {
  it('reads every rendered text node once, in order, within the budgets', () => {
    const html =
      Array.from({ length: 300 }, (_, i) => `<p>para ${i} <b>bold ${i}</b> tail</p>`).join('') +
      '<script>var x = "Stalin";</script><style>p{}</style>';
    const doc = page(html);
    const parts = [...textParts(doc.body, doc, 500, 50, 20)];
    expect(parts.length).toBeGreaterThan(5);
    const seen: Text[] = [];
    for (const [i, part] of parts.entries()) {
      // New nodes only: the first ones of a later part were carried over from the one before.
      const fresh = i === 0 ? part.nodes : part.nodes.filter((n) => !parts[i - 1]?.nodes.includes(n));
      seen.push(...fresh);
      expect(part.nodes.length).toBeLessThanOrEqual(50 + 2);
      expect(part.text.length).toBeLessThan(500 + 40);
      for (const [k, node] of part.nodes.entries()) {
        const start = part.starts[k] ?? 0;
        expect(part.text.slice(Math.max(0, start), start + node.data.length)).toBe(
          node.data.slice(Math.max(0, -start)),
        );
      }
    }
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    const expected: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!['SCRIPT', 'STYLE'].includes(n.parentNode?.nodeName ?? '')) expected.push(n as Text);
    }
    expect(seen).toEqual(expected);
    expect(parts.some((p) => p.text.includes('Stalin'))).toBe(false);
  });

  it('keeps a name cut by a part boundary whole in the next part, mapped to its nodes', () => {
    const doc = page(`<p>${'word '.repeat(20)}Khru<b>shchev</b> spoke</p>`);
    // Parts of 100 characters: the boundary falls inside "Khrushchev".
    const parts = [...textParts(doc.body, doc, 100, 1000, 30)];
    expect(parts[0]?.text.includes('Khrushchev')).toBe(false);
    const whole = parts.find((p) => p.text.includes('Khrushchev'));
    expect(whole).toBeDefined();
    if (!whole) return;
    const at = whole.text.indexOf('Khrushchev');
    const nodes = nodesOfPart(whole, [at, at + 4]);
    expect(nodes.map((n) => n.data)).toEqual([`${'word '.repeat(20)}Khru`, 'shchev']);
  });
});

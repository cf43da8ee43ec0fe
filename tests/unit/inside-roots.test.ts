// @vitest-environment jsdom
// insideAny answers by Node.contains for a few roots and by a cached climb for many: both must agree,
// shadow roots included (neither crosses from a shadow tree into its host).
import { describe, expect, it } from 'vitest';
import { insideAny } from '../../src/content/inside-roots';
import type { ScanRoot } from '../../src/content/text-runs';

function page(): { nodes: Node[]; candidates: ScanRoot[] } {
  document.body.innerHTML =
    '<main><article><p>a<b>b</b></p><p>c</p></article><aside><p>d</p><div id="host"></div></aside></main><footer><p>e</p></footer>';
  const host = document.getElementById('host') as HTMLElement;
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<p>f<i>g</i></p>';
  const texts: Node[] = [];
  const collect = (root: Node): void => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n);
  };
  collect(document.body);
  collect(shadow);
  const elements = [...document.body.querySelectorAll('*'), ...shadow.querySelectorAll('*')];
  return { nodes: [...texts, ...elements], candidates: [...elements, shadow] as ScanRoot[] };
}

/** The climb's answer, forced by padding the roots past the native limit with detached nodes. */
const byClimb = (roots: ScanRoot[]): ((n: Node) => boolean) =>
  insideAny([...roots, ...Array.from({ length: 8 }, () => document.createElement('div') as ScanRoot)]);

describe('insideAny', () => {
  it('gives the same answers with a few roots (native) as with many (climb)', () => {
    const { nodes, candidates } = page();
    for (let i = 0; i < candidates.length; i++) {
      for (const roots of [[candidates[i]!], [candidates[i]!, candidates[(i + 3) % candidates.length]!]]) {
        const native = insideAny(roots);
        const climb = byClimb(roots);
        for (const node of nodes) expect(native(node)).toBe(climb(node));
      }
    }
  });

  it('says a node in a shadow tree is inside its shadow root, not inside its host', () => {
    page();
    const host = document.getElementById('host') as HTMLElement;
    const inner = host.shadowRoot!.querySelector('i')!.firstChild as Node;
    expect(insideAny([host.shadowRoot as unknown as ScanRoot])(inner)).toBe(true);
    expect(insideAny([host as ScanRoot])(inner)).toBe(false);
    expect(byClimb([host as ScanRoot])(inner)).toBe(false);
    expect(insideAny([document.querySelector('article') as ScanRoot])(document.querySelector('b')!.firstChild!)).toBe(
      true,
    );
  });
});

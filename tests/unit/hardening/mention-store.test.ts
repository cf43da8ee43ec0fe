// @vitest-environment jsdom
// Mentions stay in document order without sorting: a rescanned subtree's block goes where it belongs.
import { describe, expect, it } from 'vitest';
import { MentionStore } from '../../../src/content/mention-store';
import type { PageMention } from '../../../src/content/page-mention';

let id = 1;
const mentionIn = (node: Text, at = 0): PageMention => ({
  id: id++,
  topic: 't',
  ambiguous: false,
  startNode: node,
  startOffset: at,
  endNode: node,
  endOffset: at + 1,
  text: 'x',
  context: 'x',
});

describe('MentionStore', () => {
  it('inserts a subtree block in document order and removes stale mentions', () => {
    document.body.innerHTML = '<p>a</p><p>b</p><p>c</p><p>d</p>';
    const texts = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const [a, b, c, d] = texts.map((t) => mentionIn(t));
    const store = new MentionStore();
    store.replace([a!, d!]);
    store.insertBlocks([[c!], [b!, mentionIn(texts[1]!, 1)]]);
    expect(store.all().map((m) => m.startNode.data + m.startOffset)).toEqual(['a0', 'b0', 'b1', 'c0', 'd0']);
    const gone = store.remove((m) => m.startNode === texts[1]);
    expect(gone).toHaveLength(2);
    expect(store.truncate(2).map((m) => m.startNode.data)).toEqual(['d']);
    expect(store.all().map((m) => m.startNode.data)).toEqual(['a', 'c']);
  });

  it('holds 200,000 mentions without spreading them into a call', () => {
    document.body.innerHTML = '<p>x</p>';
    const node = document.body.firstChild!.firstChild as Text;
    const many = Array.from({ length: 200_000 }, (_, i) => mentionIn(node, i));
    const store = new MentionStore();
    store.append(many);
    store.insertBlocks([many.slice(0, 1)]);
    expect(store.size).toBe(200_001);
  });

  it('removes what a rescan replaces: mentions inside a root, and with `disconnected` those that left', () => {
    document.body.innerHTML = '<div><p>a</p><p>b</p></div><p>c</p><p>d</p>';
    const ps = [...document.querySelectorAll('p')];
    const [a, b, c, d] = ps.map((p) => mentionIn(p.firstChild as Text));
    const store = new MentionStore();
    store.replace([a!, b!, c!, d!]);
    // Roots after the last mention: nothing of the store can be inside them.
    const added = document.createElement('p');
    document.body.append(added);
    expect(store.removeStale([added], true)).toEqual([]);
    expect(store.size).toBe(4);
    // A root holding the first two, and one that left the page.
    ps[2]!.remove();
    expect(store.removeStale([document.querySelector('div')!], false).map((m) => m.startNode.data)).toEqual(['a', 'b']);
    expect(store.removeStale([added], true).map((m) => m.startNode.data)).toEqual(['c']);
    expect(store.all().map((m) => m.startNode.data)).toEqual(['d']);
    // A root that holds the last mention is not "after" it.
    expect(store.removeStale([document.body], true).map((m) => m.startNode.data)).toEqual(['d']);
  });

  it('places a block after the last mention, before it, and between two', () => {
    document.body.innerHTML = '<p>a</p><p>b</p><p>c</p><p>d</p><p>e</p>';
    const [a, b, c, d, e] = [...document.querySelectorAll('p')].map((p) => mentionIn(p.firstChild as Text));
    const store = new MentionStore();
    store.replace([b!, d!]);
    store.insertBlocks([[e!]]);
    store.insertBlocks([[a!], [c!]]);
    expect(store.all().map((m) => m.startNode.data)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

/**
 * Wraps mentions in focusable <mark> elements with mark.js: visible to screen readers and keyboard users.
 * Used where the Highlight API is missing and when the reader asks for accessible highlights.
 * mark.js has a large fixed cost per call over a whole page, so it is called once per block that holds
 * mentions, with ranges we computed, never once per term. Every node we create is recorded, so clearing
 * restores the page exactly (no normalize(): that would merge text nodes a framework still holds).
 */
import Mark from 'mark.js';
import type { PageMention } from '../page-mention';
import { nearestBlock } from '../text-runs';
import { MARK_CLASS, type Renderer } from './renderer';

/** mark.js skips text whose parent matches one of these (plus script/style/title/head/html). */
const MARKJS_EXCLUDE = ['textarea', 'code', 'pre', 'kbd', 'samp', '[contenteditable]'];
const MARKJS_BUILTIN_EXCLUDE = ['script', 'style', 'title', 'head', 'html'];

interface WrappedBlock {
  mentions: PageMention[];
  originals: Map<Text, string>;
  created: Node[];
}

export function createWrapRenderer(doc: Document = document): Renderer {
  const blocks = new Map<Element, WrappedBlock>();
  let activeId: number | null = null;

  const blockOf = (m: PageMention): Element => nearestBlock(m.startNode) ?? doc.body;

  function restore(block: Element, state: WrappedBlock): void {
    for (const node of state.created) node.parentNode?.removeChild(node);
    for (const [text, data] of state.originals) if (text.data !== data) text.data = data;
    state.created = [];
  }

  function wrap(block: Element, state: WrappedBlock): void {
    const texts = markjsTextNodes(block);
    state.originals = new Map(texts.map((t) => [t, t.data]));
    const offsets = new Map<Text, number>();
    let total = 0;
    for (const t of texts) {
      offsets.set(t, total);
      total += t.data.length;
    }
    const ranges = state.mentions.flatMap((m) => {
      const start = offsets.get(m.startNode);
      const end = offsets.get(m.endNode);
      if (start === undefined || end === undefined) return [];
      return [{ start: start + m.startOffset, length: end + m.endOffset - start - m.startOffset, mention: m }];
    });
    const marks: HTMLElement[] = [];
    new Mark(block as HTMLElement).markRanges(ranges, {
      element: 'mark',
      className: MARK_CLASS,
      exclude: MARKJS_EXCLUDE,
      each: (el: Element, range: unknown) => {
        const m = (range as { mention: PageMention }).mention;
        const first = !marks.some((x) => x.dataset.ssnId === String(m.id));
        const mark = el as HTMLElement;
        mark.dataset.ssnTopic = m.topic;
        mark.dataset.ssnId = String(m.id);
        // One tab stop per mention, even when it spans several text nodes.
        if (first) mark.tabIndex = 0;
        if (m.id === activeId) mark.classList.add('ssn-active');
        marks.push(mark);
      },
    });
    const after = new Set(markjsTextNodes(block));
    state.created = [...marks, ...[...after].filter((t) => !state.originals.has(t))];
  }

  function update(block: Element, mentions: PageMention[]): void {
    const state = blocks.get(block) ?? { mentions: [], originals: new Map(), created: [] };
    restore(block, state);
    state.mentions = mentions;
    if (mentions.length) {
      wrap(block, state);
      blocks.set(block, state);
    } else blocks.delete(block);
  }

  function groupByBlock(mentions: readonly PageMention[]): Map<Element, PageMention[]> {
    const groups = new Map<Element, PageMention[]>();
    for (const m of mentions) {
      const block = blockOf(m);
      const group = groups.get(block);
      if (group) group.push(m);
      else groups.set(block, [m]);
    }
    return groups;
  }

  return {
    kind: 'wrap',
    show(mentions) {
      for (const [block, added] of groupByBlock(mentions)) {
        update(block, [...(blocks.get(block)?.mentions ?? []), ...added]);
      }
    },
    hide(mentions) {
      const gone = new Set(mentions.map((m) => m.id));
      for (const [block] of groupByBlock(mentions)) {
        const state = blocks.get(block);
        if (state) update(block, state.mentions.filter((m) => !gone.has(m.id)));
      }
    },
    clear() {
      for (const [block, state] of blocks) restore(block, state);
      blocks.clear();
      activeId = null;
    },
    setActive(mention) {
      activeId = mention?.id ?? null;
      for (const el of doc.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}`)) {
        el.classList.toggle('ssn-active', el.dataset.ssnId === String(activeId));
      }
    },
  };
}

/** The text nodes mark.js will see in ctx, in its order, by its rule (only the direct parent is checked). */
function markjsTextNodes(ctx: Element): Text[] {
  const exclude = [...MARKJS_EXCLUDE, ...MARKJS_BUILTIN_EXCLUDE].join(',');
  const out: Text[] = [];
  const it = ctx.ownerDocument.createNodeIterator(ctx, NodeFilter.SHOW_TEXT);
  for (let n = it.nextNode(); n; n = it.nextNode()) {
    const parent = n.parentNode;
    if (parent?.nodeType === Node.ELEMENT_NODE && (parent as Element).matches(exclude)) continue;
    out.push(n as Text);
  }
  return out;
}

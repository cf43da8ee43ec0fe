/**
 * Builds a card's DOM with plain elements (no Preact in the content script) and text nodes only:
 * the knowledge base's text is data, never HTML.
 */
import type { PreviewCard } from '../../core/preview-card';
import type { CardStrings } from './card-strings';

export interface CardActions {
  more(): void;
  close(): void;
}

export function renderCard(
  doc: Document,
  card: PreviewCard,
  strings: CardStrings,
  actions: CardActions,
  dir: 'ltr' | 'rtl',
  lang: string,
): HTMLElement {
  const el = (tag: string, className: string, text?: string): HTMLElement => {
    const node = doc.createElement(tag);
    node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const root = el('div', 'card');
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-label', card.label);
  root.dir = dir;
  root.lang = lang;

  const head = el('div', 'head');
  head.append(el('span', 'label', card.label));
  if (card.dates) head.append(el('span', 'dates', card.dates));
  const close = el('button', 'close', '×');
  close.setAttribute('type', 'button');
  close.setAttribute('aria-label', strings.close);
  close.addEventListener('click', () => actions.close());
  head.append(close);
  root.append(head);

  if (card.argues) root.append(el('p', 'kicker', strings.paperArgues), el('p', 'text', card.argues));
  else if (card.background) root.append(el('p', 'kicker', strings.background), el('p', 'text', card.background));
  if (card.evidence) root.append(evidenceBlock(el, card.evidence, strings));
  if (!card.argues && !card.background && !card.evidence) root.append(el('p', 'text', strings.unavailable));

  const foot = el('div', 'foot');
  const more = el('button', 'more', strings.more);
  more.setAttribute('type', 'button');
  more.addEventListener('click', () => actions.more());
  foot.append(more);
  root.append(foot);
  return root;
}

function evidenceBlock(
  el: (tag: string, className: string, text?: string) => HTMLElement,
  evidence: NonNullable<PreviewCard['evidence']>,
  strings: CardStrings,
): HTMLElement {
  const block = el('div', 'evidence');
  block.append(el('p', 'kicker', strings.evidence));
  const line = el('div', 'item');
  const time = el('time', 'date', evidence.dateEnd ? `${evidence.date} – ${evidence.dateEnd}` : evidence.date);
  time.setAttribute('datetime', evidence.date);
  line.append(time, doc(block).createTextNode(' · '), el('span', 'title', evidence.title));
  const meta = el('div', 'meta');
  const verified = evidence.status === 'verified';
  const status = el('span', 'status', verified ? strings.verified : strings.secondary);
  status.title = verified ? strings.verifiedHelp : strings.secondaryHelp;
  meta.append(el('span', 'source', evidence.source), doc(block).createTextNode(' · '), status);
  block.append(line, meta);
  return block;
}

function doc(node: Node): Document {
  return node.ownerDocument as Document;
}

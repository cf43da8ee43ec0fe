/**
 * Builds a card's DOM with plain elements (no Preact in the content script) and text nodes only:
 * the knowledge base's text is data, never HTML. The card leads with the paper's point about this
 * passage and why; the paper's other points about the topic open in place.
 */
import type { PreviewCard, PreviewReason } from '../../core/preview-card';
import { fill, type CardStrings } from './card-strings-english';
import { trustedOnly } from './trusted';

export interface CardActions {
  more(): void;
  close(): void;
  /** "Open in side panel": shown when given. */
  openPanel?: () => void;
  /** "Add note" on the passage the mention is in: shown when given. */
  addNote?: () => void;
}

type Make = (tag: string, className: string, text?: string) => HTMLElement;

let nextPointsId = 1;

export function renderCard(
  doc: Document,
  card: PreviewCard,
  strings: CardStrings,
  actions: CardActions,
  dir: 'ltr' | 'rtl',
  lang: string,
): HTMLElement {
  const el: Make = (tag, className, text) => {
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
  if (card.names.length) head.append(namesLine(el, card.names));
  const close = el('button', 'close', '×');
  close.setAttribute('type', 'button');
  close.setAttribute('aria-label', strings.close);
  close.addEventListener(
    'click',
    trustedOnly(() => actions.close()),
  );
  head.append(close);
  root.append(head);

  if (card.lead) {
    root.append(
      el('p', 'kicker', fill(strings.paperArgues, card.paper)),
      el('p', 'point', card.lead.title),
      el('p', 'text', card.lead.argues),
    );
    if (card.lead.reason) root.append(el('p', 'reason', reasonLine(card.lead.reason, strings)));
  } else if (card.notAddressed) {
    root.append(el('p', 'note', strings.notAddressed));
    if (card.summary) root.append(el('p', 'kicker', strings.background), el('p', 'text', card.summary));
  } else if (card.background) {
    root.append(el('p', 'kicker', strings.background), el('p', 'text', card.background));
  }
  if (card.evidence) root.append(evidenceBlock(el, card.evidence, strings));
  if (!card.lead && !card.notAddressed && !card.background && !card.evidence)
    root.append(el('p', 'text', strings.unavailable));
  if (card.others.length) root.append(...otherPoints(el, card, strings));

  const foot = el('div', 'foot');
  const more = el('button', 'more', strings.more);
  more.setAttribute('type', 'button');
  // A click the page dispatched must not open the popup: only the reader's own.
  more.addEventListener(
    'click',
    trustedOnly(() => actions.more()),
  );
  foot.append(more);
  if (actions.openPanel) {
    const panel = el('button', 'open-panel', strings.openPanel);
    panel.setAttribute('type', 'button');
    panel.addEventListener('click', trustedOnly(actions.openPanel));
    foot.append(panel);
  }
  if (actions.addNote) {
    const note = el('button', 'add-note', strings.addNote);
    note.setAttribute('type', 'button');
    note.addEventListener('click', trustedOnly(actions.addNote));
    foot.append(note);
  }
  root.append(foot);
  return root;
}

export function reasonLine(reason: PreviewReason, strings: CardStrings): string {
  if (reason.kind === 'topic') return fill(strings.reasonTopic, reason.text);
  if (reason.kind === 'term') return fill(strings.reasonTerm, reason.text);
  return fill(reason.where === 'heading' ? strings.reasonDateHeading : strings.reasonDate, reason.text);
}

/** "2 more points the paper makes about Mao": a disclosure button and the points it opens in place. */
function otherPoints(el: Make, card: PreviewCard, strings: CardStrings): HTMLElement[] {
  const count = card.others.length;
  const toggle = el('button', 'points', fill(count === 1 ? strings.morePoint : strings.morePoints, count, card.label));
  const list = el('div', 'others');
  list.id = `ssn-points-${nextPointsId++}`;
  list.hidden = true;
  toggle.setAttribute('type', 'button');
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', list.id);
  toggle.addEventListener('click', () => {
    list.hidden = !list.hidden;
    toggle.setAttribute('aria-expanded', String(!list.hidden));
  });
  for (const p of card.others) {
    const item = el('div', 'other');
    item.append(el('p', 'point', p.title), el('p', 'text', p.argues));
    list.append(item);
  }
  return [toggle, list];
}

function evidenceBlock(el: Make, evidence: NonNullable<PreviewCard['evidence']>, strings: CardStrings): HTMLElement {
  const block = el('div', 'evidence');
  block.append(el('p', 'kicker', strings.evidence));
  const line = el('div', 'item');
  const time = el('time', 'date', evidence.when);
  time.setAttribute('datetime', evidence.date);
  const title = el('span', 'title', evidence.title);
  // The original-language title, where it differs, on hover: the card itself stays in one language.
  if (evidence.original) title.title = evidence.original;
  line.append(time, doc(block).createTextNode(' · '), title);
  const meta = el('div', 'meta');
  const verified = evidence.status === 'verified';
  const status = el('span', 'status', verified ? strings.verified : strings.secondary);
  status.title = verified ? strings.verifiedHelp : strings.secondaryHelp;
  // A bibliographic reference: titles in their original language (the language test knows it by this).
  const source = el('span', 'source', evidence.source);
  source.dataset.citation = '';
  meta.append(source, doc(block).createTextNode(' · '), status);
  block.append(line, meta);
  return block;
}

/** 毛泽东 · Мао Цзэдун · Máo Zédōng: each name marked with its language, for screen readers and fonts. */
function namesLine(el: Make, names: PreviewCard['names']): HTMLElement {
  const line = el('span', 'names');
  names.forEach((name, i) => {
    if (i > 0) line.append(doc(line).createTextNode(' · '));
    const span = el('span', 'name', name.text);
    span.lang = name.lang;
    line.append(span);
  });
  return line;
}

function doc(node: Node): Document {
  return node.ownerDocument as Document;
}

/**
 * What a card takes from the page around its mention: the dark scheme where the page is dark there,
 * and, for a mention inside a link, the link itself (a tap on a linked mention shows the card instead
 * of following the link: the card's own link follows it).
 */
import { lookOf } from '../mention-look';
import type { PageMention } from '../page-mention';

export function dressCard(view: HTMLElement, mention: PageMention, doc: Document): void {
  if (lookOf(mention).dark) view.classList.add('dark');
  const link = mention.startNode.parentElement?.closest('a[href]');
  const href = link instanceof HTMLAnchorElement ? link.href : '';
  if (!/^https?:|^file:/i.test(href)) return;
  const a = doc.createElement('a');
  a.className = 'link';
  a.href = href;
  a.target = link?.getAttribute('target') === '_blank' ? '_blank' : '_top';
  a.rel = 'noopener noreferrer';
  // The link's own words, so the reader sees where it goes (text only: page text is data).
  a.textContent = `${(link?.textContent ?? '').trim().slice(0, 60)} ↗`;
  // Under the card's heading: in view even when the card is taller than its room and scrolls.
  const head = view.querySelector('.head');
  if (head) head.after(a);
  else view.prepend(a);
}

/** "Show on page": scrolls a mention into view and marks it as the current one for a moment. */
import type { PageMention } from './page-mention';

const FLASH_MS = 2000;
let flashToken = 0;

export function revealMention(mention: PageMention, win: Window, setActive: (m: PageMention | null) => void): void {
  // First, so a mention density left unpainted is painted (wrapped) before we look for its mark.
  setActive(mention);
  const el = mention.startNode.parentElement;
  const marked = win.document.querySelector<HTMLElement>(`mark[data-ssn-id="${mention.id}"]`);
  const target = marked ?? el;
  if (!target) return;
  if (marked) marked.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  else {
    const range = win.document.createRange();
    range.setStart(mention.startNode, Math.min(mention.startOffset, mention.startNode.length));
    range.setEnd(mention.endNode, Math.min(mention.endOffset, mention.endNode.length));
    const rect = range.getBoundingClientRect();
    win.scrollTo({ top: win.scrollY + rect.top - win.innerHeight / 2, behavior: 'instant' as ScrollBehavior });
  }
  const token = ++flashToken;
  win.setTimeout(() => token === flashToken && setActive(null), FLASH_MS);
}

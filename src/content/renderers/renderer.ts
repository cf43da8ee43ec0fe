/** The two ways of showing mentions, behind one interface so the controller does not care which. */
import type { PageMention } from '../page-mention';

export interface Renderer {
  readonly kind: 'paint' | 'wrap';
  /** Shows these mentions (added to whatever is shown already). */
  show(mentions: readonly PageMention[]): void;
  /** Stops showing these mentions. */
  hide(mentions: readonly PageMention[]): void;
  /** Removes every highlight and restores the page exactly. */
  clear(): void;
  /** Marks one mention as the current one (for "show on page" and next/previous), or none. */
  setActive(mention: PageMention | null): void;
}

/**
 * Names in the page's highlight registry are visible to page scripts: keep them ours and obvious.
 * HIGHLIGHT_NAME holds every painted mention and has no style; each category and scheme has its own
 * styled highlight (core/highlight-categories.ts).
 */
export const HIGHLIGHT_NAME = 'sino-soviet-notes';
export const ACTIVE_HIGHLIGHT_NAME = 'sino-soviet-notes-active';
export const MARK_CLASS = 'ssn-mark';
export const ACTIVE_CLASS = 'ssn-active';
/** A mark that makes no box of its own (its text is part of a flex or grid item). */
export const CONTENTS_CLASS = 'ssn-contents';

/**
 * When a resting pointer means "show me": a card opens after the pointer stays on a mention for the
 * hover delay, and closes only after a grace period once the pointer leaves, so the reader can move
 * into the card. A card dismissed (Esc, click) stays closed until the pointer leaves that mention.
 */
import type { PageMention } from '../page-mention';

export const GRACE_MS = 300;

export interface HoverActions {
  /** Pointer started resting on a mention: a good moment to fetch its card. */
  intend(mention: PageMention): void;
  open(mention: PageMention): void;
  close(): void;
  delayMs(): number;
}

type TimerId = ReturnType<typeof setTimeout>;

export class HoverIntent {
  private shown: PageMention | null = null;
  /** Cards opened by focus, a tap or a command are not the pointer's to close. */
  private shownByHover = false;
  private pending: PageMention | null = null;
  private dismissed: number | null = null;
  private inCard = false;
  private openTimer: TimerId | null = null;
  private graceTimer: TimerId | null = null;

  constructor(private readonly actions: HoverActions) {}

  /** The pointer is now over this mention, or over none (and not over the card). */
  over(mention: PageMention | null): void {
    const leftCard = this.inCard;
    this.inCard = false;
    // Leaving a card the pointer came into: the card is the pointer's now, whoever opened it.
    if (leftCard && this.shown) this.shownByHover = true;
    if (mention?.id !== this.dismissed) this.dismissed = null;
    if (mention && mention.id === this.shown?.id) {
      this.cancelPending();
      this.stopGrace();
      return;
    }
    if (mention && mention.id === this.pending?.id) return;
    this.cancelPending();
    if (this.shown && this.shownByHover) this.startGrace();
    if (!mention || mention.id === this.dismissed) return;
    this.pending = mention;
    this.actions.intend(mention);
    this.openTimer = setTimeout(() => {
      this.openTimer = null;
      this.pending = null;
      this.actions.open(mention);
    }, this.actions.delayMs());
  }

  overCard(): void {
    if (this.inCard) return;
    this.inCard = true;
    this.cancelPending();
    this.stopGrace();
  }

  /** A card is showing for this mention, whoever opened it (hover, focus, tap or a command). */
  opened(mention: PageMention, byHover: boolean): void {
    this.shown = mention;
    this.shownByHover = byHover;
    this.cancelPending();
    this.stopGrace();
  }

  /** The card closed; dismissed means the reader closed it, so hovering the same mention won't reopen it. */
  closed(dismissed: boolean): void {
    if (dismissed && this.shown) this.dismissed = this.shown.id;
    this.shown = null;
    this.inCard = false;
    this.stopGrace();
    // A card closing because the pointer moved on must not cancel the card it moved on to.
    if (dismissed) this.cancelPending();
  }

  private startGrace(): void {
    if (this.graceTimer) return;
    this.graceTimer = setTimeout(() => {
      this.graceTimer = null;
      if (this.shown && !this.inCard) this.actions.close();
    }, GRACE_MS);
  }

  private stopGrace(): void {
    if (this.graceTimer) clearTimeout(this.graceTimer);
    this.graceTimer = null;
  }

  private cancelPending(): void {
    if (this.openTimer) clearTimeout(this.openTimer);
    this.openTimer = null;
    this.pending = null;
  }
}

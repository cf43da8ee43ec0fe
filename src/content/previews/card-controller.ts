/**
 * Opens and closes the one card: fetches its content from the background (cached per topic), places
 * it at its mention, and, only while it is open, listens for what closes it (Esc, scrolling, a click
 * elsewhere, a resize).
 */
import { askBackground } from '../../platform/browser';
import type { PreviewAnswer } from '../../shared/messages';
import { guarded, isContextInvalidated, logOnce } from '../log-once';
import type { PageMention } from '../page-mention';
import { anchorRect, isRtl, marksOf, mentionRects, type RendererKind } from './anchor';
import type { CardHost } from './card-host';
import { cardContext } from './card-context';
import { renderCard } from './card-view';
import { mentionQuote } from './mention-quote';
import { dressCard } from './card-dress';
import { isEditable } from './editable';
import { wrappedMentionId } from './hit-test';
import { trustedOnly } from './trusted';

export type OpenReason = 'hover' | 'focus' | 'tap' | 'command';

export interface CardControllerDeps {
  doc: Document;
  win: Window;
  host: CardHost;
  kind(): RendererKind;
  enabled(): boolean;
  /** The page's mentions (for the topics around the one a card is for). */
  mentions(): readonly PageMention[];
  opened(mention: PageMention, reason: OpenReason): void;
  closed(dismissed: boolean): void;
  orphaned(): void;
}

export class CardController {
  private shown: { mention: PageMention; reason: OpenReason } | null = null;
  private token = 0;
  private readonly data = new Map<number, Promise<PreviewAnswer | null>>();
  private whileOpen: AbortController | null = null;

  constructor(private readonly deps: CardControllerDeps) {}

  get current(): PageMention | null {
    return this.shown?.mention ?? null;
  }

  preload(mention: PageMention): void {
    void this.cardFor(mention).catch(() => undefined);
  }

  /** Never rejects: whatever goes wrong is logged once, not thrown into the page. */
  open(mention: PageMention, reason: OpenReason, point?: { x: number; y: number }): Promise<void> {
    return this.show(mention, reason, point).catch((error: unknown) => logOnce('preview card', error));
  }

  private async show(mention: PageMention, reason: OpenReason, point?: { x: number; y: number }): Promise<void> {
    if (!this.deps.enabled()) return;
    if (this.shown?.mention.id === mention.id) return;
    const token = ++this.token;
    const card = await this.cardFor(mention);
    if (token !== this.token || !card) return;
    const { doc, host } = this.deps;
    const anchor = anchorRect(mentionRects(mention, this.deps.kind(), doc), point);
    if (!anchor) return;
    const rtl = isRtl(mention, doc);
    const actions = {
      more: guarded('preview more', () => this.more(mention.topic)),
      close: guarded('preview close', () => this.close(true)),
      openPanel: guarded('preview panel', () => this.openPanel(mention.topic)),
      addNote: guarded('preview note', () => this.addNote(mention)),
    };
    const view = renderCard(doc, card, card.strings, actions, rtl ? 'rtl' : 'ltr', card.lang);
    dressCard(view, mention, doc);
    this.stopListening();
    host.show(view, anchor, rtl);
    this.shown = { mention, reason };
    this.listenWhileOpen(mention, reason);
    this.deps.opened(mention, reason);
  }

  /** dismissed: the reader closed it (Esc, a click elsewhere, ×), as opposed to moving away. */
  close(dismissed: boolean): void {
    this.token++;
    const was = this.shown;
    if (!was) return;
    const focusInCard = this.deps.host.hasFocus();
    this.deps.host.hide();
    this.stopListening();
    this.shown = null;
    this.deps.closed(dismissed);
    // Focus the reader moved into the card goes back to the highlight it came from, not to <body>.
    if (focusInCard && this.deps.kind() === 'wrap')
      marksOf(was.mention, this.deps.doc)[0]?.focus({ preventScroll: true });
  }

  /**
   * Cached per mention: the same topic says different things in different passages. The background
   * answers in the reader's language (the options page's choice, else the browser's).
   */
  private cardFor(mention: PageMention): Promise<PreviewAnswer | null> {
    const key = mention.id;
    let pending = this.data.get(key);
    if (!pending) {
      const context = cardContext(mention, this.deps.mentions(), this.deps.doc);
      pending = askBackground('topics/preview', { topic: mention.topic, context });
      this.data.set(key, pending);
      // A failed request (the worker was restarting) may succeed next time.
      pending.catch((error: unknown) => {
        this.data.delete(key);
        if (isContextInvalidated(error)) this.deps.orphaned();
        else logOnce('preview', error);
      });
    }
    return pending.catch(() => null);
  }

  private more(topic: string): void {
    this.close(false);
    askBackground('topics/open', { topic }).catch((error: unknown) => logOnce('open topic', error));
  }

  private openPanel(topic: string): void {
    askBackground('panel/open', { topic }).catch((error: unknown) => logOnce('open panel', error));
  }

  /** A passage note on the mention's sentence: the background stores it and opens the panel to edit it. */
  private addNote(mention: PageMention): void {
    const quote = mentionQuote(mention, this.deps.doc);
    if (!quote) return;
    askBackground('notes/add-passage', { topic: mention.topic, quote }).catch((error: unknown) =>
      logOnce('add note', error),
    );
  }

  private listenWhileOpen(mention: PageMention, reason: OpenReason): void {
    const { doc, win, host } = this.deps;
    const controller = new AbortController();
    this.whileOpen = controller;
    const opts = { capture: true, passive: true, signal: controller.signal };
    const scrollX = win.scrollX;
    const scrollY = win.scrollY;
    win.addEventListener(
      'keydown',
      guarded(
        'preview keys',
        trustedOnly((e: KeyboardEvent) => {
          if (e.key === 'Escape' && !isEditable(e.target)) this.close(true);
        }),
      ),
      opts,
    );
    // Our own scroll to a mention (next/previous) lands before the card opens, so only a moved page closes it.
    doc.addEventListener(
      'scroll',
      guarded(
        'preview scroll',
        trustedOnly((e: Event) => {
          if (host.isHost(e.target)) return;
          const moved =
            e.target === doc
              ? win.scrollX !== scrollX || win.scrollY !== scrollY
              : (e.target as Node).contains?.(mention.startNode);
          if (moved) this.close(false);
        }),
      ),
      opts,
    );
    doc.addEventListener(
      'pointerdown',
      guarded(
        'preview click',
        trustedOnly((e: PointerEvent) => {
          if (!host.isHost(e.target)) this.close(true);
        }),
      ),
      opts,
    );
    win.addEventListener(
      'resize',
      guarded(
        'preview resize',
        trustedOnly(() => this.close(false)),
      ),
      opts,
    );
    doc.addEventListener(
      'focusin',
      guarded(
        'preview focus',
        trustedOnly((e: FocusEvent) => {
          // Focus on a highlight is the tracker's business (it opens that highlight's card).
          if (host.isHost(e.target) || wrappedMentionId(e.target) !== null) return;
          if (reason === 'focus' || reason === 'command') this.close(false);
        }),
      ),
      opts,
    );
  }

  private stopListening(): void {
    this.whileOpen?.abort();
    this.whileOpen = null;
  }
}

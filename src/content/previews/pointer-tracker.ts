/**
 * Page listeners that turn the pointer and keyboard focus into "this mention": pointer moves are
 * hit-tested once per animation frame at most; touch shows a card only when a mention is tapped;
 * with wrapped (focusable) highlights, focusing one shows its card. Installed only while the page has
 * mentions, removed through the signal.
 */
import { guarded } from '../log-once';
import type { PageMention } from '../page-mention';
import type { RendererKind } from './anchor';
import type { CardController } from './card-controller';
import type { CardHost } from './card-host';
import type { HoverIntent } from './hover-intent';
import type { MentionLookup } from './mention-lookup';
import { trustedOnly } from './trusted';

export interface TrackerDeps {
  doc: Document;
  win: Window;
  lookup: MentionLookup;
  intent: HoverIntent;
  cards: CardController;
  host: CardHost;
  kind(): RendererKind;
  /** Where the pointer was last tested: the card goes by the line of the mention it is on. */
  remember(point: { x: number; y: number }): void;
}

interface PointerSample {
  x: number;
  y: number;
  target: EventTarget | null;
  buttons: number;
}

export function trackPointer(deps: TrackerDeps, signal: AbortSignal): void {
  const { doc, win, lookup, intent, cards, host } = deps;
  let last: PointerSample | null = null;
  let frame = 0;

  const mentionAt = (p: PointerSample): PageMention | null =>
    deps.kind() === 'wrap' ? lookup.wrappedAt(p.target) : lookup.paintedAt(p.x, p.y, p.target);

  const onFrame = guarded('preview hover', () => {
    frame = 0;
    const p = last;
    last = null;
    if (!p) return;
    if (host.isHost(p.target)) return intent.overCard();
    deps.remember({ x: p.x, y: p.y });
    // A pressed button is a selection being made: no card should pop up over it.
    intent.over(p.buttons ? null : mentionAt(p));
  });

  const sample = (e: PointerEvent): PointerSample => ({
    x: e.clientX,
    y: e.clientY,
    target: e.target,
    buttons: e.buttons,
  });
  const opts = { capture: true, passive: true, signal };

  doc.addEventListener(
    'pointermove',
    guarded(
      'preview hover',
      trustedOnly((e: PointerEvent) => {
        if (e.pointerType === 'touch') return;
        last = sample(e);
        if (!frame) frame = win.requestAnimationFrame(onFrame);
      }),
    ),
    opts,
  );

  // The pointer left the window: nothing is under it any more.
  doc.addEventListener(
    'pointerout',
    guarded(
      'preview hover',
      trustedOnly((e: PointerEvent) => {
        if (e.relatedTarget === null && e.pointerType !== 'touch') intent.over(null);
      }),
    ),
    opts,
  );

  // A tap on a linked mention shows its card instead of following the link (the card's own link does):
  // the click that follows that tap is swallowed. A second tap, with the card open, follows the link.
  let swallow: { link: Element; until: number } | null = null;
  doc.addEventListener(
    'pointerup',
    guarded(
      'preview tap',
      trustedOnly((e: PointerEvent) => {
        if (e.pointerType !== 'touch' || host.isHost(e.target)) return;
        const mention = mentionAt(sample(e));
        if (!mention) return;
        const link = mention.startNode.parentElement?.closest('a[href]');
        if (link && cards.current?.id !== mention.id) swallow = { link, until: e.timeStamp + 1000 };
        void cards.open(mention, 'tap', { x: e.clientX, y: e.clientY });
      }),
    ),
    opts,
  );
  doc.addEventListener(
    'click',
    guarded('preview tap', (e: MouseEvent) => {
      const s = swallow;
      swallow = null;
      if (!s || e.timeStamp > s.until || !(e.target instanceof Node) || !s.link.contains(e.target)) return;
      e.preventDefault();
      e.stopPropagation();
    }),
    { capture: true, signal },
  );

  doc.addEventListener(
    'focusin',
    guarded(
      'preview focus',
      trustedOnly((e: FocusEvent) => {
        if (deps.kind() !== 'wrap' || host.isHost(e.target)) return;
        const mention = lookup.wrappedAt(e.target);
        if (mention) void cards.open(mention, 'focus');
      }),
    ),
    opts,
  );

  signal.addEventListener('abort', () => {
    if (frame) win.cancelAnimationFrame(frame);
    frame = 0;
  });
}

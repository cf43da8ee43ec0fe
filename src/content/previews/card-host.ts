/**
 * The one element of ours the card lives in: a plain <div>, appended to <html> the first time a card
 * shows, with a closed shadow root so page CSS cannot restyle the card and page scripts cannot read it.
 * A built-in element, not a custom tag: the page owns the custom-element registry, and a class it
 * defines for our tag would run its constructor in our element (attachInternals() there hands the page
 * our closed root; a root of its own makes ours fail). No page class can upgrade a <div> we create.
 * Nothing here is stored on a DOM object: the root is reachable only from this module's closure.
 */
import { CARD_CSS } from './card-style';
import { placeCard, type Box } from './placement';

export interface CardHost {
  /** Shows this card next to anchor (replacing any card shown). */
  show(card: HTMLElement, anchor: Box, rtl: boolean): void;
  hide(): void;
  isOpen(): boolean;
  /** True for events from inside the card (they reach page listeners retargeted to the host). */
  isHost(target: EventTarget | null): boolean;
  /** Focus is inside the card (the reader moved it there). */
  hasFocus(): boolean;
  /** Removes the host element: the page is as it was. */
  remove(): void;
}

/** ownWrites: the host's insertion is our own DOM write, not a page change to rescan. */
export function createCardHost(doc: Document, ownWrites: <T>(write: () => T) => T): CardHost {
  let host: HTMLElement | null = null;
  let root: ShadowRoot | null = null;
  let card: HTMLElement | null = null;

  function ensureRoot(): ShadowRoot {
    if (host && root && host.isConnected) return root;
    const el = doc.createElement('div');
    const shadow = el.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    shadow.append(style);
    ownWrites(() => doc.documentElement.append(el));
    host = el;
    root = shadow;
    return shadow;
  }

  function viewport(): Box {
    const vv = doc.defaultView?.visualViewport;
    const html = doc.documentElement;
    if (vv) return { left: vv.offsetLeft, top: vv.offsetTop, width: vv.width, height: vv.height };
    return { left: 0, top: 0, width: html.clientWidth, height: html.clientHeight };
  }

  return {
    show(next, anchor, rtl) {
      const shadow = ensureRoot();
      card?.remove();
      card = next;
      // Measured unseen first: its size decides the side it goes on.
      next.style.visibility = 'hidden';
      next.style.left = '0px';
      next.style.top = '0px';
      shadow.append(next);
      const size = next.getBoundingClientRect();
      const place = placeCard(anchor, { width: size.width, height: size.height }, viewport(), rtl);
      next.style.left = `${place.left}px`;
      next.style.top = `${place.top}px`;
      next.style.maxHeight = `${place.maxHeight}px`;
      next.style.visibility = '';
    },
    hide() {
      card?.remove();
      card = null;
    },
    isOpen: () => card !== null,
    isHost: (target) => host !== null && target === host,
    hasFocus: () => root?.activeElement != null,
    remove() {
      card = null;
      const el = host;
      host = null;
      root = null;
      if (el) ownWrites(() => el.remove());
    },
  };
}

/**
 * Where a card goes: under its mention (over it when there is more room there), aligned with the
 * mention's start edge for the page's direction, and always inside the visible viewport, never over the
 * mention's line and never more than MAX_AREA_SHARE of the viewport (it scrolls inside when taller).
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** Room left for the card's height on the chosen side (it scrolls inside when taller). */
  maxHeight: number;
  side: 'below' | 'above';
}

const GAP = 6;
const MARGIN = 8;
/** The most of the viewport's area a card may take (on a phone it would otherwise cover half the text). */
export const MAX_AREA_SHARE = 0.45;

export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: Box,
  rtl: boolean,
): Placement {
  const vRight = viewport.left + viewport.width;
  const vBottom = viewport.top + viewport.height;
  const below = vBottom - MARGIN - (anchor.top + anchor.height + GAP);
  const above = anchor.top - GAP - (viewport.top + MARGIN);
  const side = card.height <= below || below >= above ? 'below' : 'above';
  const cap = (MAX_AREA_SHARE * viewport.width * viewport.height) / Math.max(1, card.width);
  const room = Math.max(0, Math.min(cap, side === 'below' ? below : above));
  const height = Math.min(card.height, room);
  const top = side === 'below' ? anchor.top + anchor.height + GAP : anchor.top - GAP - height;
  const wanted = rtl ? anchor.left + anchor.width - card.width : anchor.left;
  const maxLeft = vRight - MARGIN - card.width;
  const left = Math.max(viewport.left + MARGIN, Math.min(wanted, maxLeft));
  return { left: Math.round(left), top: Math.round(top), maxHeight: Math.floor(room), side };
}

/**
 * Where this frame stands: which site's switch covers it (a frame of another host inside a page the
 * reader switched off is off too), and whether the reader can see it. A frame of a few pixels or a
 * transparent one must not put its text into the popup and the badge: a frame checks its own size,
 * and a page names the frames it holds that are hidden by size, opacity or visibility.
 */
const MIN_SIDE = 24;
/** A page naming more hidden frames than this is hiding them on purpose; the first are enough to show it. */
const MAX_HIDDEN_LISTED = 50;

export function isTopFrame(win: Window = window): boolean {
  try {
    return win.top === win;
  } catch {
    return false;
  }
}

/** The address of the tab's page (its origin, where the browser shows only that to a frame). */
export function topPageUrl(win: Window = window): string {
  if (isTopFrame(win)) return win.location.href;
  const origins = win.location.ancestorOrigins;
  if (origins?.length) return origins[origins.length - 1] ?? win.location.href;
  try {
    return win.top?.location.href ?? win.location.href;
  } catch {
    // Firefox has no ancestorOrigins: the referrer names the embedding page (its origin at least).
    return win.document.referrer || win.location.href;
  }
}

/** A subframe smaller than MIN_SIDE either way shows no readable text. */
export function frameHasRoom(win: Window = window): boolean {
  return isTopFrame(win) || (win.innerWidth >= MIN_SIDE && win.innerHeight >= MIN_SIDE);
}

/** The URLs of this document's frames a reader cannot see (tiny, transparent, invisible). */
export function hiddenFrameUrls(doc: Document = document): string[] {
  const out: string[] = [];
  for (const frame of doc.querySelectorAll<HTMLIFrameElement>('iframe[src], frame[src]')) {
    if (out.length >= MAX_HIDDEN_LISTED) break;
    const rect = frame.getBoundingClientRect();
    const tiny = rect.width < MIN_SIDE || rect.height < MIN_SIDE;
    const unseen =
      typeof frame.checkVisibility === 'function' &&
      !frame.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    if ((tiny || unseen) && frame.src) out.push(frame.src);
  }
  return out;
}

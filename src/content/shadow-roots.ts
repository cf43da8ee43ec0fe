/**
 * Open shadow roots: web components keep their text there, out of reach of textContent and of the
 * document's MutationObserver. Finding them needs a look at every element (no selector matches a shadow
 * host), so the walk is a generator the caller runs in idle slices, a bounded number of elements per step.
 * Closed roots are the page's to keep: we never look into them.
 */
import type { ScanRoot } from './text-runs';

/** Elements looked at per step: about 1 ms on this machine. */
export const ELEMENTS_PER_STEP = 2000;

/**
 * Yields null every ELEMENTS_PER_STEP elements (a place to stop and resume), and every open shadow root
 * under root, nested ones included, each after its host.
 */
export function* openShadowRoots(root: ScanRoot, doc: Document): Generator<ShadowRoot | null> {
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  let seen = 0;
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    if (++seen % ELEMENTS_PER_STEP === 0) yield null;
    const shadow = el.shadowRoot;
    if (shadow) {
      yield shadow;
      yield* openShadowRoots(shadow, doc);
    }
  }
}

/** The open shadow roots under root, found now, with at most `limit` elements looked at. */
export function shadowRootsNow(root: ScanRoot, doc: Document, limit: number): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  let steps = Math.ceil(limit / ELEMENTS_PER_STEP);
  for (const next of openShadowRoots(root, doc)) {
    if (next) found.push(next);
    else if (--steps <= 0) break;
  }
  return found;
}

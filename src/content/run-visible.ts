/**
 * Whether a reader can see a run of text: hidden by CSS (display:none, visibility:hidden, a closed
 * <details>) is not something a reader sees, so it is never highlighted. Only asked of runs that
 * matched, so pages with no mention never pay for the style computation.
 */
import type { TextRun } from './text-runs';

export function isRunVisible(run: TextRun): boolean {
  const first = run.nodes[0];
  // Text right under a shadow root is as visible as the root's host.
  const el = first ? (first.parentElement ?? (first.parentNode as Partial<ShadowRoot> | null)?.host) : null;
  if (!el) return false;
  return typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : true;
}

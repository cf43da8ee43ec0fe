/**
 * How content.js hands a frame over to content-main.js. Most pages and frames mention nothing of ours,
 * so content.js carries only what every frame needs (settings, the prefilter's walk, the observer, an
 * empty report, answers to the popup); on its first prefilter hit the background injects
 * content-main.js (the highlighter, calm highlights, renderers, previews and the report of places)
 * into the frame, which takes over. Both scripts run in the extension's isolated world: the page cannot
 * see or replace what is handed over, kept on the global under a registry symbol.
 */
import type { FrameSettings } from './frame-settings';
import type { PageMatcher } from './highlighter';
import type { ScanRoot } from './text-runs';

export interface MainHandoff {
  /** The frame's settings, loaded and kept current by content.js until release(). */
  stored: FrameSettings;
  /** The matcher content.js prefilters with: its find() body is fetched on first need. */
  matcher: PageMatcher;
  /** On-demand density: whether the reader asked for this page's highlights before any was found. */
  asked: boolean;
  /**
   * The hit nodes of content.js's walk over the whole page, which the first full scan reads instead of
   * walking it again; null when the hit came from content added later (a full scan walks the page).
   */
  hits: readonly Text[] | null;
  /**
   * Stops content.js's listeners and observer: content-main.js calls it once its own are in place.
   * Returns the subtrees that changed since content.js read them ('all': too many to list).
   */
  release(): ScanRoot[] | 'all';
}

/** Takes the frame over; resolves once its first full scan is done. */
export type StartMain = (handoff: MainHandoff) => Promise<void>;

const KEY = Symbol.for('sino-soviet-notes.start-main');

type MainGlobal = typeof globalThis & { [KEY]?: StartMain };

export function provideMain(start: StartMain): void {
  (globalThis as MainGlobal)[KEY] = start;
}

export function providedMain(): StartMain | undefined {
  return (globalThis as MainGlobal)[KEY];
}

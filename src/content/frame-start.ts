/**
 * A frame's start, from document_start until the page is built: its settings are read once, and the
 * highlight styles asked for at once where highlighting is on, before the page has built the elements
 * a late stylesheet would make it restyle (src/background/page-style.ts). Until the page is read, a
 * change of settings only moves the styles. content.js then reads the page (index.ts).
 */
import { isSiteEnabled, type Settings } from '../core/settings';
import { ext } from '../platform/browser';
import { documentIdle } from './document-idle';
import { FrameSettings } from './frame-settings';
import { topPageUrl } from './frame-context';
import { guarded } from './log-once';
import { refreshPageStyle, setPageStyle } from './page-style';

/** Off where the reader switched this frame's site off, or the site of the page it is in. */
export const enabledHere = (settings: Settings): boolean =>
  isSiteEnabled(settings, location.href) && isSiteEnabled(settings, topPageUrl());

/** The colours part of the settings changed (the background then swaps this frame's colour styles). */
export const coloursDiffer = (a: Settings, b: Settings): boolean =>
  JSON.stringify(a.colours) !== JSON.stringify(b.colours);

/** The frame's settings, styles asked for; resolves once the page is built (document-idle.ts). */
export async function styledUntilIdle(): Promise<FrameSettings> {
  const stored = new FrameSettings([location.href, topPageUrl()]);
  let settings = await stored.load();
  if (enabledHere(settings)) setPageStyle(true);
  const early = guarded('settings', (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'sync' || !stored.update(changes)) return;
    const next = stored.current;
    const on = enabledHere(next);
    setPageStyle(on);
    if (on && coloursDiffer(next, settings)) refreshPageStyle();
    settings = next;
  });
  ext.storage.onChanged.addListener(early);
  await documentIdle(document, window);
  ext.storage.onChanged.removeListener(early);
  return stored;
}

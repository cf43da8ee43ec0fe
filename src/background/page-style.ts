/**
 * The highlight styles (content.css) go only into frames where highlighting is on, never through the
 * manifest: a manifest stylesheet sits in every page, where any script can detect the extension by
 * probing its rules, on switched-off sites too. Added with scripting.insertCSS, the sheet is not in the
 * page's document.styleSheets and no page script can remove it. The content script asks at
 * document_start (content/index.ts), while the page has hardly any elements to restyle: added after
 * load, any stylesheet costs a full style recalculation of the page (see the report in issue 11).
 */
import { highlightCss } from '../core/highlight-categories';
import { parseSettings } from '../core/settings';
import { ext } from '../platform/browser';
import { SETTINGS_KEY } from '../shared/storage-keys';
import type { BackgroundHandler } from './handler';

const STYLE_FILES = ['content.css'];
/** The reader's colours as CSS last added to each frame ("tab:frame"), to take away when they change. */
const customCss = new Map<string, string>();

/** The category styles in the reader's colours, added after content.css (so they win); '' for the defaults. */
async function readerCss(): Promise<string> {
  const { colours } = parseSettings((await ext.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
  return Object.keys(colours).length ? highlightCss(colours) : '';
}

const setPageStyle: BackgroundHandler<'page-style/set'> = async ({ on }, sender) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('page style asked from outside a tab');
  const target = { tabId, frameIds: [sender.frameId ?? 0] };
  const key = `${tabId}:${target.frameIds[0]}`;
  const before = customCss.get(key);
  // Asked again while on: the reader's colours changed; content.css is there already.
  if (on && before === undefined) await ext.scripting.insertCSS({ target, files: STYLE_FILES });
  if (!on) await ext.scripting.removeCSS({ target, files: STYLE_FILES });
  const css = on ? await readerCss() : '';
  if (css && css !== before) await ext.scripting.insertCSS({ target, css });
  if (before && before !== css) await ext.scripting.removeCSS({ target, css: before });
  if (on) customCss.set(key, css);
  else customCss.delete(key);
  return null;
};

export const pageStyleHandlers = { 'page-style/set': setPageStyle };

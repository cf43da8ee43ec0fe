/**
 * The highlight styles (content.css) go only into frames where highlighting is on, never through the
 * manifest: a manifest stylesheet sits in every page, where any script can detect the extension by
 * probing its rules, on switched-off sites too. Added with scripting.insertCSS, the sheet is not in the
 * page's document.styleSheets and no page script can remove it. The content script asks at
 * document_start (style-entry.ts), while the page has hardly any elements to restyle: added after
 * load, any stylesheet costs a full style recalculation of the page (see the report in issue 11).
 */
import { ext } from '../platform/browser';
import type { BackgroundHandler } from './handler';

const STYLE_FILES = ['content.css'];

const setPageStyle: BackgroundHandler<'page-style/set'> = async ({ on }, sender) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('page style asked from outside a tab');
  const target = { tabId, frameIds: [sender.frameId ?? 0] };
  if (on) await ext.scripting.insertCSS({ target, files: STYLE_FILES });
  else await ext.scripting.removeCSS({ target, files: STYLE_FILES });
  return null;
};

export const pageStyleHandlers = { 'page-style/set': setPageStyle };

/**
 * The first content script (document_start, every frame): asks for the highlight styles where the site
 * is switched on, before the page has built the elements a late stylesheet would make it restyle.
 * Everything else starts at document_idle (index.ts).
 */
import { isSiteEnabled, parseSettings } from '../core/settings';
import { ext } from '../platform/browser';
import { SETTINGS_KEY } from '../shared/storage-keys';
import { logOnce } from './log-once';
import { setPageStyle } from './page-style';

ext.storage.sync
  .get(SETTINGS_KEY)
  .then((stored) => {
    if (isSiteEnabled(parseSettings(stored[SETTINGS_KEY]), location.href)) setPageStyle(true);
  })
  .catch((error: unknown) => logOnce('page style', error));

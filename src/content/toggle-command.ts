/**
 * The highlighting key (and the popup's button): on a page with on-demand density it paints this page's
 * highlights, or takes them off; elsewhere it switches highlighting off (or back on) for the site.
 * Both content.js (a page without mentions yet) and content-main.js answer it.
 */
import type { CalmOptions } from './calm-choice';
import { isSiteEnabled, siteKey, type Settings } from '../core/settings';
import { askBackground } from '../platform/browser';
import type { ToggleResult } from '../shared/commands';

export interface ToggleDeps {
  win: Window;
  settings(): Settings;
  calm(): CalmOptions;
  setCalm(calm: CalmOptions): void;
}

export async function toggleHighlights(deps: ToggleDeps): Promise<ToggleResult> {
  const calm = deps.calm();
  if (calm.density === 'demand' && isSiteEnabled(deps.settings(), deps.win.location.href)) {
    deps.setCalm({ ...calm, asked: !calm.asked });
    return { enabled: !calm.asked };
  }
  const url = deps.win.location.href;
  const enabled = !isSiteEnabled(deps.settings(), url);
  await askBackground('site/set-enabled', { host: siteKey(url), enabled });
  return { enabled };
}

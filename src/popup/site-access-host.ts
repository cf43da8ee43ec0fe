/**
 * What the popup's site-access notice asks of the browser, apart from PopupHost so the notice can be
 * left out where there is no browser (component tests hand in a fake instead).
 */
import type { SiteAccess } from '../core/site-access';
import { requestAccess, runScanInTab, siteAccessFor } from '../platform/site-access';

export interface SiteAccessHost {
  access(tabId: number): Promise<SiteAccess>;
  /** Must be the first call of a click handler (browsers grant only while handling input). */
  request(pattern: string): Promise<boolean>;
  /** Runs the scan in the tab once (the reader's click granted it); false where the browser refuses. */
  runHere(tabId: number): Promise<boolean>;
}

export const extensionSiteAccess: SiteAccessHost = {
  access: siteAccessFor,
  request: requestAccess,
  runHere: runScanInTab,
};

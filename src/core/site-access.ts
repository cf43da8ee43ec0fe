/**
 * Site access as the browser grants it: the match pattern that covers one page's site, and what the
 * popup should offer. Pure, so both browsers' rules are unit-tested in Node.
 */

/** Every site, as the manifest's host_permissions names it. */
export const ALL_SITES = '<all_urls>';

/** The pattern covering `url`'s site ("https://example.org/*"), or null where the extension can never run (browser pages, the store). */
export function sitePattern(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') return `${u.protocol}//${u.hostname}/*`;
    // Firefox and Chromium both grant files as a whole, never one folder.
    if (u.protocol === 'file:') return 'file:///*';
    return null;
  } catch {
    return null;
  }
}

/**
 * What the extension may do in one tab.
 * - granted: the content script runs there by itself;
 * - on-click: no site access, but the reader's click (activeTab) lets us run on this page once;
 * - missing: no site access and no click grant (we cannot even see the address);
 * - never: a page no extension may read.
 */
export type SiteAccess =
  | { kind: 'granted'; pattern: string }
  | { kind: 'on-click'; pattern: string }
  | { kind: 'missing'; pattern: null }
  | { kind: 'never' };

/**
 * `url` is the tab's address as the browser shows it to us (undefined without host access or a click
 * grant); `hasPattern` whether permissions.contains holds for that site; `allSites` whether it holds for all.
 */
export function siteAccessOf(url: string | undefined, hasPattern: boolean, allSites: boolean): SiteAccess {
  if (url === undefined) return allSites ? { kind: 'never' } : { kind: 'missing', pattern: null };
  const pattern = sitePattern(url);
  if (!pattern) return { kind: 'never' };
  return hasPattern || allSites ? { kind: 'granted', pattern } : { kind: 'on-click', pattern };
}

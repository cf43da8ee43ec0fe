/**
 * Site access through the browser API: what a tab lets us do, asking the reader for more, and running
 * the scan in one tab on the reader's click (activeTab + scripting) where no site access was given.
 * Every call here tolerates withdrawn access: it answers "no" instead of throwing.
 */
import { ALL_SITES, siteAccessOf, sitePattern, type SiteAccess } from '../core/site-access';
import { ext } from './browser';

async function contains(origin: string): Promise<boolean> {
  try {
    return await ext.permissions.contains({ origins: [origin] });
  } catch {
    // A pattern the browser does not accept (e.g. file:// where files are never allowed) is not granted.
    return false;
  }
}

/** The tab's address as far as the browser shows it to us: undefined without site access or a click grant. */
async function visibleUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await ext.tabs.get(tabId)).url || undefined;
  } catch {
    return undefined;
  }
}

export async function siteAccessFor(tabId: number): Promise<SiteAccess> {
  const url = await visibleUrl(tabId);
  const pattern = sitePattern(url);
  const [allSites, site] = await Promise.all([
    contains(ALL_SITES),
    pattern ? contains(pattern) : Promise.resolve(false),
  ]);
  return siteAccessOf(url, site, allSites);
}

export async function hasAllSites(): Promise<boolean> {
  return contains(ALL_SITES);
}

/** Sites granted one by one (the reader's "Allow on this site"), for the options page. */
export async function grantedSites(): Promise<string[]> {
  try {
    const { origins = [] } = await ext.permissions.getAll();
    return origins.filter((o) => o !== ALL_SITES).sort();
  } catch {
    return [];
  }
}

/**
 * Asks the reader for access. Call it first thing in a click handler, before any other await:
 * both browsers accept a permission request only while handling the reader's input.
 */
export function requestAccess(pattern: string): Promise<boolean> {
  return ext.permissions.request({ origins: [pattern] }).catch(() => false);
}

/** Whether a content script of ours answers in the tab's top frame (declared, or run on an earlier click). */
async function scanRunning(tabId: number): Promise<boolean> {
  try {
    // An envelope no one handles: a listening content script answers with nothing, an empty tab rejects.
    await ext.tabs.sendMessage(tabId, { type: 'ping', payload: {} }, { frameId: 0 });
    return true;
  } catch {
    return false;
  }
}

/** Runs in the page's isolated world: true the first time for this document, false after. */
function claimDocument(): boolean {
  const key = '__sinoSovietNotesInjected';
  const scope = globalThis as unknown as Record<string, unknown>;
  if (scope[key]) return false;
  scope[key] = true;
  return true;
}

export type ScanStart = 'running' | 'started' | 'refused';

/**
 * Runs the manifest's content script and styles in the tab's top frame unless they already run there:
 * 'running' if they did, 'started' if we started them, 'refused' where the browser does not let us
 * (no site access and no click grant, a page no extension may touch). Never throws.
 */
export async function startScanInTab(tabId: number): Promise<ScanStart> {
  if (await scanRunning(tabId)) return 'running';
  const [declared] = ext.runtime.getManifest().content_scripts ?? [];
  if (!declared?.js?.length) return 'refused';
  try {
    const target = { tabId, frameIds: [0] };
    // A mark in the extension's isolated world of that document: two clicks in quick succession (before
    // the first scan listens) start one scan, not two.
    const [first] = await ext.scripting.executeScript({ target, func: claimDocument });
    if (first?.result !== true) return 'running';
    if (declared.css?.length) await ext.scripting.insertCSS({ target, files: declared.css });
    await ext.scripting.executeScript({ target, files: declared.js });
    return 'started';
  } catch {
    return 'refused';
  }
}

/** True when the scan runs in the tab now (it already did, or we started it). */
export async function runScanInTab(tabId: number): Promise<boolean> {
  return (await startScanInTab(tabId)) !== 'refused';
}

/** Calls back when the reader grants or withdraws access (here, in the browser's settings or its toolbar). */
export function watchAccess(onChange: () => void): () => void {
  const permissions = ext.permissions as Partial<typeof ext.permissions>;
  if (!permissions.onAdded || !permissions.onRemoved) return () => undefined;
  permissions.onAdded.addListener(onChange);
  permissions.onRemoved.addListener(onChange);
  return () => {
    permissions.onAdded?.removeListener(onChange);
    permissions.onRemoved?.removeListener(onChange);
  };
}

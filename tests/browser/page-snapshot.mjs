// Snapshots a page's DOM at DOMContentLoaded, before the content script (document_idle) runs,
// so a test can prove the extension left the page exactly as it was.
export async function snapshotBeforeExtension(context) {
  await context.addInitScript(() => {
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        window.__ssnBefore = { html: document.documentElement.outerHTML, text: document.body?.textContent ?? '' };
      },
      { capture: true, once: true },
    );
  });
}

/** The page now, and as it was before the extension ran. */
export async function compareWithSnapshot(page) {
  return page.evaluate(() => {
    const before = window.__ssnBefore;
    return {
      sameHtml: before?.html === document.documentElement.outerHTML,
      sameText: before?.text === (document.body?.textContent ?? ''),
      hadSnapshot: !!before,
    };
  });
}

/** Sets the extension's settings from its service worker (the page reacts through storage.onChanged). */
export async function setSettings(worker, settings) {
  await worker.evaluate((s) => chrome.storage.sync.set({ settings: s }), settings);
}

export async function paintedCount(page) {
  return page.evaluate(() => CSS.highlights.get('sino-soviet-notes')?.size ?? 0);
}

export async function wrappedCount(page) {
  return page.evaluate(() => document.querySelectorAll('mark.ssn-mark').length);
}

/** Every site switched off, as stored: the old settings list and the shards (src/core/site-switches.ts). */
export async function disabledHostsOf(worker) {
  return worker.evaluate(async () => {
    const all = await chrome.storage.sync.get(null);
    const hosts = new Set(Array.isArray(all.settings?.disabledHosts) ? all.settings.disabledHosts : []);
    for (const [key, value] of Object.entries(all))
      if (key.startsWith('sitesOff:') && Array.isArray(value)) value.forEach((h) => hosts.add(h));
    return [...hosts].sort();
  });
}

/**
 * Settings that paint every mention wherever it is (issue 15's density and regions switched fully on):
 * for tests of finding and painting mentions, which compare what is painted with what is listed.
 */
export const EVERY_MENTION = {
  density: 'every',
  shownRegions: ['title', 'headings', 'navigation', 'toc', 'references', 'captions'],
};

// Reads what the extension's background knows about a page, from the test side:
// the tab's frames are mirrored in storage.session under "tab:ID" (see src/background/tab-state.ts).

/**
 * The id of the tab showing `url`, from what its content script reported to the background
 * (the extension has no "tabs" permission, so it cannot read tab URLs any other way).
 */
export async function tabIdOf(worker, url, timeout = 10_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const id = await worker.evaluate(async (u) => {
      const all = await chrome.storage.session.get(null);
      const hit = Object.entries(all).find(([key, frames]) => key.startsWith('tab:') && frames?.[0]?.url === u);
      return hit ? Number(hit[0].slice(4)) : null;
    }, url);
    if (id !== null) return id;
    if (Date.now() > end) throw new Error(`no tab shows ${url}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The tab's frames as the background stored them (null before the first report). */
export async function framesOf(worker, tabId) {
  return worker.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null, tabId);
}

/**
 * Waits until the extension says the page is fully scanned: the top frame has reported a complete
 * scan of this URL. Resolves with the tab's mentions (all frames, top first).
 */
export async function waitForScan(worker, page, { timeout = 20_000, frames: expectFrames = 1 } = {}) {
  const url = page.url();
  const tabId = await tabIdOf(worker, url, timeout);
  const end = Date.now() + timeout;
  for (;;) {
    const frames = await framesOf(worker, tabId);
    const top = frames?.[0];
    const reported = frames ? Object.values(frames).filter((f) => f.complete).length : 0;
    if (top && top.complete && top.url === url && reported >= expectFrames) {
      const ids = Object.keys(frames)
        .map(Number)
        .sort((a, b) => a - b);
      const mentions = ids.flatMap((id) => (frames[id].enabled ? frames[id].mentions : []));
      return { tabId, url, enabled: top.enabled, frames, mentions };
    }
    if (Date.now() > end) throw new Error(`the extension did not finish scanning ${url} within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

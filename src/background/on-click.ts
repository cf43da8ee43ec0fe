/**
 * On-click mode for the keyboard shortcuts: where the reader gave no site access, pressing one of our
 * shortcuts grants this tab to us (activeTab), so the scan is started there and the command retried.
 * Nothing runs in any other tab.
 */
import { startScanInTab } from '../platform/site-access';

const RETRY_MS = 100;
/** The injected script answers once it has read its settings: a few frames, more on a slow page. */
const RETRIES = 30;

const pause = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

export async function withScanInTab<T>(tabId: number, ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if ((await startScanInTab(tabId)) !== 'started') throw error;
    for (let i = 0; i < RETRIES; i++) {
      await pause(RETRY_MS);
      try {
        return await ask();
      } catch {
        // Not listening yet.
      }
    }
    throw error;
  }
}

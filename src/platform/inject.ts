/** Loads an extra content script into one frame of a tab (it guards itself against a second load). */
import { ext } from './browser';

export async function injectScript(tabId: number, frameId: number, file: string): Promise<void> {
  await ext.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
}

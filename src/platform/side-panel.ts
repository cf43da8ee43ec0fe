/**
 * The side view: Chromium's side panel or Firefox's sidebar, one call for both. Opening must happen
 * in the reader's gesture (a click, a key, the address bar): callers call this first, before any await.
 */
import { ext } from './browser';

interface ChromeSidePanel {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
  setPanelBehavior?(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
}

function api(): { chrome?: ChromeSidePanel; firefox?: FirefoxSidebar } {
  const any = ext as unknown as { sidePanel?: ChromeSidePanel; sidebarAction?: FirefoxSidebar };
  const chromeGlobal = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome;
  return { chrome: any.sidePanel ?? chromeGlobal?.sidePanel, firefox: any.sidebarAction };
}

export function hasSidePanel(): boolean {
  const { chrome, firefox } = api();
  return Boolean(chrome ?? firefox);
}

/**
 * Opens the side view for a tab (its window, in Chromium) or a window; false where the browser refused
 * (no gesture, no side view).
 */
export function openSidePanel(where: { windowId?: number; tabId?: number }): Promise<boolean> {
  const { chrome, firefox } = api();
  try {
    const target =
      where.tabId !== undefined
        ? { tabId: where.tabId }
        : where.windowId !== undefined
          ? { windowId: where.windowId }
          : null;
    const opening = firefox ? firefox.open() : chrome && target ? chrome.open(target) : null;
    if (!opening) return Promise.resolve(false);
    return opening.then(
      () => true,
      () => false,
    );
  } catch {
    return Promise.resolve(false);
  }
}

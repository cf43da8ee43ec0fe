/** Keys in extension storage, named once so every context reads and writes the same place. */
export const SETTINGS_KEY = 'settings';
/** storage.sync flag: the popup has shown its introduction once (it opens on it the first time). */
export const INTRO_SEEN_KEY = 'introSeen';
/** storage.session key holding one tab's mentions (survives a service-worker restart). */
export const tabStateKey = (tabId: number): string => `tab:${tabId}`;

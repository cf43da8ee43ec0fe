/** Keys in extension storage, named once so every context reads and writes the same place. */
export const SETTINGS_KEY = 'settings';
/** storage.sync flag: the popup has shown its introduction once (it opens on it the first time). */
export const INTRO_SEEN_KEY = 'introSeen';
/** storage.session key holding one tab's mentions (survives a service-worker restart). */
export const tabStateKey = (tabId: number): string => `tab:${tabId}`;
/** storage.local: the reader's notes (core/notes.ts), kept on this machine only. */
export const NOTES_KEY = 'notes';
/** storage.local: the reading trail (core/trail.ts), written only while the reader has it switched on. */
export const TRAIL_KEY = 'trail';
/** storage.session: the topic the side panel is to show next (the omnibox, a card's "Open in side panel"). */
export const PANEL_TOPIC_KEY = 'panelTopic';

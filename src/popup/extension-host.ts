/** The popup's host in the extension: the browser API behind PopupHost (tests use a fake instead). */
import { askBackground, askTab, ext } from '../platform/browser';
import type { UiLang } from '../core/ui-lang';
import { messageIn } from '../shared/ui-messages';
import { parseSettings } from '../core/settings';
import { INTRO_SEEN_KEY, SETTINGS_KEY } from '../shared/storage-keys';
import type { PopupHost } from './host';

/** Clipboard: the async API first; the selection fallback covers browsers that refuse it in popups. */
async function copyText(text: string, doc: Document = document): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    doc.body.append(area);
    area.select();
    const copied = doc.execCommand('copy');
    area.remove();
    if (!copied) throw new Error('copy refused');
  }
}

/** lang: the reader's language (reader-lang.ts), which getMessage could not follow. */
export function createExtensionHost(lang: UiLang): PopupHost {
  return {
    uiLanguage: () => lang,
    message: (key, substitutions) => messageIn(lang, key, substitutions),
    tabMentions: (tabId) => askBackground('mentions/get', { tabId }),
    async tabInfo(tabId) {
      try {
        const tab = await ext.tabs.get(tabId);
        return { url: tab.url, loading: tab.status === 'loading' };
      } catch {
        return null;
      }
    },
    async setSiteEnabled(site, enabled) {
      await askBackground('site/set-enabled', { host: site, enabled });
    },
    async reveal(tabId, topic, index) {
      return (await askTab(tabId, 'highlights/reveal', { topic, index })).count;
    },
    copyText: (text) => copyText(text),
    async introSeen() {
      return (await ext.storage.sync.get(INTRO_SEEN_KEY))[INTRO_SEEN_KEY] === true;
    },
    async markIntroSeen() {
      await ext.storage.sync.set({ [INTRO_SEEN_KEY]: true });
    },
    async calm() {
      const settings = parseSettings((await ext.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
      return { density: settings.density, colours: settings.colours };
    },
    async setDensity(density) {
      const stored: unknown = (await ext.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
      const raw = typeof stored === 'object' && stored !== null ? stored : {};
      await ext.storage.sync.set({ [SETTINGS_KEY]: { ...raw, density } });
    },
    async markNow(tabId) {
      await askBackground('commands/run', { command: 'toggle-highlights', tabId });
    },
  };
}

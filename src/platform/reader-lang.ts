/** The reader's language in an extension page or the background: the stored choice, else the browser's. */
import { parseSettings } from '../core/settings';
import { resolveUiLang, uiLangOf, type UiLang } from '../core/ui-lang';
import { SETTINGS_KEY } from '../shared/storage-keys';
import { ext } from './browser';

export function browserUiLang(): UiLang {
  try {
    return uiLangOf(ext.i18n.getUILanguage());
  } catch {
    return 'en';
  }
}

/** Never rejects: unreadable storage means the browser's language. */
export async function readerLang(): Promise<UiLang> {
  try {
    const stored = (await ext.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
    return resolveUiLang(parseSettings(stored).language, ext.i18n.getUILanguage());
  } catch {
    return browserUiLang();
  }
}

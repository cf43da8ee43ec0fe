/**
 * The reader's language, asked for before popup.js loads: popup-lang.js (lang-entry.ts, a few KB) runs
 * first and starts the storage read, so it is answered while the browser still parses popup.js, and the
 * first frame is drawn in the right language without waiting for it. Both scripts share the page's global.
 */
import type { UiLang } from '../core/ui-lang';
import { readerLang } from '../platform/reader-lang';

const KEY = Symbol.for('sino-soviet-notes.popup-lang');

type LangGlobal = typeof globalThis & { [KEY]?: Promise<UiLang> };

export function startReaderLang(): void {
  const g = globalThis as LangGlobal;
  g[KEY] ??= readerLang();
}

/** The read popup-lang.js started, or a new one (popup.js loaded alone, as in tests of the bundle). */
export function earlyReaderLang(): Promise<UiLang> {
  return (globalThis as LangGlobal)[KEY] ?? readerLang();
}

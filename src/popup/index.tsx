/**
 * Popup entry: draws at once, then finds the tab it is about — the active one, or ?tab=ID (tests, and
 * the context-menu window, which also passes ?lookup=TEXT; a preview card's "More" passes ?topic=ID).
 */
import { render } from 'preact';
import { zhFold } from 'ssn:compiled-matcher';
import kb from 'ssn:knowledge-base';
import { ext } from '../platform/browser';
import { App } from './App';
import { createExtensionHost } from './extension-host';
import { extensionSiteAccess } from './site-access-host';
import { tableRomanizer } from './pinyin';
import pinyinTable from 'ssn:lookup-pinyin';
import { readerLang } from '../platform/reader-lang';
import type { UiLang } from '../core/ui-lang';
import { htmlLang } from './i18n';
import { openPanelFromPopup } from './open-panel';

const params = new URLSearchParams(location.search);
const initialQuery = params.get('lookup');
const initialTopic = params.get('topic');
const romanize = tableRomanizer(pinyinTable);

async function currentTabId(): Promise<number | null> {
  const fromQuery = params.get('tab');
  if (fromQuery && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  // Opened for a lookup without a tab: the active tab would be the lookup window itself.
  if (initialQuery !== null) return null;
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function start(root: HTMLElement, lang: UiLang): void {
  const host = createExtensionHost(lang);
  document.documentElement.lang = htmlLang(lang);
  document.title = host.message('extName');
  const draw = (tabId: number | null | undefined): void =>
    render(
      <App
        kb={kb}
        host={host}
        zhFold={zhFold}
        romanize={romanize}
        tabId={tabId}
        initialQuery={initialQuery}
        initialTopic={initialTopic}
        siteAccess={extensionSiteAccess}
        onOpenPanel={(topic) => openPanelFromPopup(tabId ?? null, topic)}
      />,
      root,
    );
  draw(undefined);
  currentTabId().then(draw, () => draw(null));
}

const root = document.getElementById('app');
// The language is one storage read away; drawing before it would flash the browser's language first.
if (root) void readerLang().then((lang) => start(root, lang));

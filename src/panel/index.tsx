/**
 * Side panel entry (Chromium's side panel, Firefox's sidebar): finds its window's active tab and
 * follows it — a tab switch, a window switch or a new page redraws the panel for that tab at once.
 */
import { render } from 'preact';
import { zhFold } from 'ssn:compiled-matcher';
import kb from 'ssn:knowledge-base';
import pinyinTable from 'ssn:lookup-pinyin';
import { ext } from '../platform/browser';
import { createExtensionHost } from '../popup/extension-host';
import type { PopupHost } from '../popup/host';
import { htmlLang } from '../popup/i18n';
import { readerLang } from '../platform/reader-lang';
import { tableRomanizer } from '../popup/pinyin';
import { extensionSiteAccess } from '../popup/site-access-host';
import { PANEL_TOPIC_KEY } from '../shared/storage-keys';
import { createCompanionHost } from './extension-companion-host';
import { PanelApp } from './PanelApp';

const root = document.getElementById('app');
// The reader's language (the options page's choice) is one storage read away: set before the first draw.
let host: PopupHost | null = null;
const companion = createCompanionHost();
const romanize = tableRomanizer(pinyinTable);
let tabId: number | null | undefined;
let request: { topic: string; at: number } | null = null;
let windowId: number | undefined;

function draw(): void {
  if (!root || !host) return;
  render(
    <PanelApp
      kb={kb}
      host={host}
      companion={companion}
      zhFold={zhFold}
      romanize={romanize}
      tabId={tabId}
      request={request}
      siteAccess={extensionSiteAccess}
    />,
    root,
  );
}

function isRequest(value: unknown): value is { topic: string; at: number } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { topic?: unknown }).topic === 'string' &&
    typeof (value as { at?: unknown }).at === 'number'
  );
}

async function followActiveTab(): Promise<void> {
  const [tab] = await ext.tabs.query(
    windowId !== undefined ? { active: true, windowId } : { active: true, currentWindow: true },
  );
  if ((tab?.id ?? null) !== tabId) {
    tabId = tab?.id ?? null;
    draw();
  }
}

async function start(): Promise<void> {
  const lang = await readerLang();
  host = createExtensionHost(lang);
  document.documentElement.lang = htmlLang(lang);
  document.title = host.message('extName');
  draw();
  // ?window=ID: the window to follow when the page is not in a side panel (tests open it in its own window).
  const asked = new URLSearchParams(location.search).get('window');
  windowId = asked && /^\d+$/.test(asked) ? Number(asked) : (await ext.windows.getCurrent().catch(() => null))?.id;
  const stored: unknown = (await ext.storage.session.get(PANEL_TOPIC_KEY))[PANEL_TOPIC_KEY];
  if (isRequest(stored)) request = stored;
  await followActiveTab();
}

ext.tabs.onActivated.addListener((info) => {
  if (windowId !== undefined && info.windowId !== windowId) return;
  tabId = info.tabId;
  draw();
});
ext.windows.onFocusChanged.addListener(() => void followActiveTab().catch(() => undefined));
// The tab may move to another page, where the notes and mentions are others.
ext.tabs.onUpdated.addListener((id, change) => {
  if (id === tabId && change.status === 'complete') draw();
});
ext.storage.onChanged.addListener((changes, area) => {
  const next = changes[PANEL_TOPIC_KEY]?.newValue;
  if (area === 'session' && isRequest(next)) {
    request = next;
    draw();
  }
});
start().catch(() => {
  tabId = null;
  draw();
});

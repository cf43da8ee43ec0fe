/** Popup entry: finds the tab it is about (the active one, or ?tab=ID) and renders the app. */
import { render } from 'preact';
import kb from 'ssn:knowledge-base';
import { ext } from '../platform/browser';
import { App } from './App';

async function currentTabId(): Promise<number | null> {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  if (fromQuery && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const root = document.getElementById('app');
if (root) {
  document.documentElement.lang = ext.i18n.getUILanguage();
  render(<App kb={kb} tabId={null} loading />, root);
  void currentTabId().then((tabId) => render(<App kb={kb} tabId={tabId} loading={false} />, root));
}

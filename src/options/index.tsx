/** Options page entry: loads the settings and shortcuts, renders, and re-renders when settings change elsewhere. */
import { render } from 'preact';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { ext } from '../platform/browser';
import { grantedSites, hasAllSites, requestAccess, watchAccess } from '../platform/site-access';
import { ALL_SITES } from '../core/site-access';
import type { AccessSummary } from './SiteAccessSection';
import { translator } from './i18n';
import { OptionsApp } from './OptionsApp';
import kb from 'ssn:knowledge-base';
import { createCompanionHost } from '../panel/extension-companion-host';
import { ExportSection } from '../panel/ExportSection';
import { loadSettings, loadShortcuts, saveSettings, watchSettings, type Shortcut } from './settings-store';

const root = document.getElementById('app');
const t = translator((key, subs) => ext.i18n.getMessage(key, subs));
let settings: Settings = DEFAULT_SETTINGS;
let shortcuts: Shortcut[] = [];
let access: AccessSummary | undefined;
const companion = createCompanionHost();
const trail = { forgetSite: companion.forgetSite, clear: companion.clearTrail };
const lang = ext.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh-Hans' : 'en';
// The request is the handler's first call: the browser grants only while handling the reader's click.
const allowAll = (): void => void requestAccess(ALL_SITES).then(loadAccess);

function draw(): void {
  if (root)
    render(
      <OptionsApp
        settings={settings}
        shortcuts={shortcuts}
        t={t}
        save={saveSettings}
        access={access && { summary: access, allowAll }}
        trail={trail}
      >
        <ExportSection kb={kb} host={companion} t={t} lang={lang} />
      </OptionsApp>,
      root,
    );
}

async function loadAccess(): Promise<void> {
  const [allSites, sites] = await Promise.all([hasAllSites(), grantedSites()]);
  access = { allSites, sites };
  draw();
}

if (root) {
  watchAccess(() => void loadAccess());
  void loadAccess();
  document.documentElement.lang = ext.i18n.getUILanguage();
  document.title = t('optionsTitle');
  watchSettings((next) => {
    settings = next;
    draw();
  });
  void Promise.all([loadSettings(), loadShortcuts().catch(() => [])]).then(([s, keys]) => {
    settings = s;
    shortcuts = keys;
    draw();
  });
}

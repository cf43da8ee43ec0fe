/** Options page entry: loads the settings and shortcuts, renders, and re-renders when settings change elsewhere. */
import { render } from 'preact';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { ext } from '../platform/browser';
import { canOpenShortcutSettings, openShortcutSettings } from '../platform/shortcuts';
import { grantedSites, hasAllSites, requestAccess, watchAccess } from '../platform/site-access';
import { ALL_SITES } from '../core/site-access';
import type { AccessSummary } from './SiteAccessSection';
import { resolveUiLang, uiLangOf } from '../core/ui-lang';
import { translatorFor } from './i18n';
import { OptionsApp } from './OptionsApp';
import kb from 'ssn:knowledge-base';
import { createCompanionHost } from '../panel/extension-companion-host';
import { ExportSection } from '../panel/ExportSection';
import { loadSettings, loadShortcuts, saveSettings, watchSettings, type Shortcut } from './settings-store';

const root = document.getElementById('app');
const browserLang = uiLangOf(ext.i18n.getUILanguage());
let settings: Settings = DEFAULT_SETTINGS;
let shortcuts: Shortcut[] = [];
let access: AccessSummary | undefined;
const companion = createCompanionHost();
const trail = { forgetSite: companion.forgetSite, clear: companion.clearTrail };
// The request is the handler's first call: the browser grants only while handling the reader's click.
const allowAll = (): void => void requestAccess(ALL_SITES).then(loadAccess);

function draw(): void {
  // The page follows its own language menu at once: the reader sees the choice take effect.
  const lang = resolveUiLang(settings.language, browserLang);
  const t = translatorFor(lang);
  document.documentElement.lang = lang;
  document.title = t('optionsTitle');
  if (root)
    render(
      <OptionsApp
        settings={settings}
        shortcuts={shortcuts}
        t={t}
        browserLang={browserLang}
        save={saveSettings}
        access={access && { summary: access, allowAll }}
        openShortcuts={canOpenShortcutSettings() ? () => void openShortcutSettings().catch(() => undefined) : undefined}
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

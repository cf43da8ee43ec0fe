/** The options page: language, preview cards, the kind of highlights, the sites switched off, the trail, export, the shortcuts. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { HOVER_DELAY_RANGE, parseSettings, type Settings } from '../core/settings';
import type { UiLang } from '../core/ui-lang';
import type { Translate } from './i18n';
import { LanguageSection } from './LanguageSection';
import type { Shortcut } from './settings-store';
import { SiteAccessSection, type AccessSummary } from './SiteAccessSection';
import { CalmSection } from './CalmSection';
import { TrailOptions, type TrailActions } from './TrailOptions';

interface Props {
  settings: Settings;
  shortcuts: Shortcut[];
  t: Translate;
  /** The browser's language, which "Automatic" follows. */
  browserLang: UiLang;
  save(next: Settings): Promise<void>;
  /** Site access, once known (the section is left out before). */
  access?: { summary: AccessSummary; allowAll(): void };
  /** Opens the browser's own page for extension shortcuts (left out where there is none). */
  openShortcuts?(): void;
  /** The reading trail's forget and clear (left out in component tests). */
  trail?: TrailActions;
  /** Export and import of notes, trail and settings. */
  children?: ComponentChildren;
}

export function OptionsApp({
  settings,
  shortcuts,
  t,
  browserLang,
  save,
  access,
  openShortcuts,
  trail,
  children,
}: Props) {
  const [status, setStatus] = useState('');
  const update = (patch: Partial<Settings>): void => {
    save(parseSettings({ ...settings, ...patch })).then(
      () => setStatus(t('optionsSaved')),
      (error: unknown) => setStatus(t('optionsSaveFailed', error instanceof Error ? error.message : String(error))),
    );
  };
  const checked = (e: Event): boolean => (e.currentTarget as HTMLInputElement).checked;
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <LanguageSection
        choice={settings.language}
        browserLang={browserLang}
        t={t}
        choose={(language) => update({ language })}
      />
      <section aria-labelledby="previews-heading">
        <h2 id="previews-heading">{t('optionsPreviewsHeading')}</h2>
        <label class="row">
          <input
            type="checkbox"
            name="previews"
            checked={settings.previews}
            onChange={(e) => update({ previews: checked(e) })}
          />
          <span>{t('optionsPreviewsEnabled')}</span>
        </label>
        <label class="row" for="hover-delay">
          <span>{t('optionsHoverDelay')}</span>
          <input
            id="hover-delay"
            type="number"
            name="hoverDelayMs"
            min={HOVER_DELAY_RANGE.min}
            max={HOVER_DELAY_RANGE.max}
            step={50}
            value={settings.hoverDelayMs}
            disabled={!settings.previews}
            aria-describedby="hover-delay-hint"
            onChange={(e) => update({ hoverDelayMs: Number(e.currentTarget.value) })}
          />
        </label>
        <p id="hover-delay-hint" class="hint">
          {t('optionsHoverDelayHint', HOVER_DELAY_RANGE.min, HOVER_DELAY_RANGE.max)}
        </p>
      </section>
      <section aria-labelledby="highlights-heading">
        <h2 id="highlights-heading">{t('optionsHighlightsHeading')}</h2>
        <label class="row">
          <input
            type="checkbox"
            name="accessibleHighlights"
            checked={settings.accessibleHighlights}
            onChange={(e) => update({ accessibleHighlights: checked(e) })}
          />
          <span>{t('optionsAccessible')}</span>
        </label>
        <CalmSection settings={settings} t={t} update={update} />
      </section>
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('optionsSitesHeading')}</h2>
        {settings.disabledHosts.length === 0 ? (
          <p class="hint">{t('optionsSitesEmpty')}</p>
        ) : (
          <ul class="sites">
            {settings.disabledHosts.map((host) => {
              const name = host === 'file:' ? t('optionsLocalFiles') : host;
              return (
                <li key={host} data-host={host}>
                  <span class="host">{name}</span>
                  <button
                    type="button"
                    aria-label={t('optionsSiteRemoveLabel', name)}
                    onClick={() => update({ disabledHosts: settings.disabledHosts.filter((h) => h !== host) })}
                  >
                    {t('optionsSiteRemove')}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {trail && (
        <TrailOptions
          enabled={settings.trailEnabled}
          setEnabled={(on) => update({ trailEnabled: on })}
          actions={trail}
          t={t}
        />
      )}
      {children}
      {access && <SiteAccessSection access={access.summary} t={t} allowAll={access.allowAll} />}
      {shortcuts.length > 0 && (
        <section aria-labelledby="shortcuts-heading">
          <h2 id="shortcuts-heading">{t('optionsShortcutsHeading')}</h2>
          <dl class="shortcuts">
            {shortcuts.map((s) => [
              <dt key={`${s.name}-keys`}>{s.shortcut ? <kbd>{s.shortcut}</kbd> : t('optionsShortcutUnset')}</dt>,
              // The browser reads these from _locales in its own language, whatever the page's.
              <dd key={`${s.name}-what`} lang={browserLang}>
                {s.description}
              </dd>,
            ])}
          </dl>
          <p class="hint">{t('optionsShortcutsHint')}</p>
          {openShortcuts && (
            <button type="button" class="open-shortcuts" onClick={openShortcuts}>
              {t('optionsShortcutsOpen')}
            </button>
          )}
        </section>
      )}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}

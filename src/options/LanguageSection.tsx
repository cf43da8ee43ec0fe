/** The interface language: follow the browser, or one of the four; each language named in itself. */
import { LANGUAGE_CHOICES, LANGUAGE_NAMES, isLanguageChoice, type LanguageChoice, type UiLang } from '../core/ui-lang';
import type { Translate } from './i18n';

interface Props {
  choice: LanguageChoice;
  /** The language "auto" stands for here: the browser's. */
  browserLang: UiLang;
  t: Translate;
  choose(next: LanguageChoice): void;
}

export function LanguageSection({ choice, browserLang, t, choose }: Props) {
  return (
    <section aria-labelledby="language-heading">
      <h2 id="language-heading">{t('optionsLanguageHeading')}</h2>
      <label class="row" for="language">
        <span>{t('optionsLanguageLabel')}</span>
        <select
          id="language"
          name="language"
          value={choice}
          aria-describedby="language-hint"
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (isLanguageChoice(value)) choose(value);
          }}
        >
          {LANGUAGE_CHOICES.map((c) =>
            c === 'auto' ? (
              <option key={c} value={c}>
                {t('optionsLanguageAuto', LANGUAGE_NAMES[browserLang])}
              </option>
            ) : (
              // Each language in its own words, marked as such for screen readers (and the language test).
              <option key={c} value={c} lang={c}>
                {LANGUAGE_NAMES[c]}
              </option>
            ),
          )}
        </select>
      </label>
      <p id="language-hint" class="hint">
        {t('optionsLanguageHint')}
      </p>
    </section>
  );
}

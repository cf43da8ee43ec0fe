/**
 * The options page's account of site access: all sites, or none (then the extension runs only where the
 * reader clicks), with the sites allowed one by one, and a button that asks for all sites.
 */
import type { Translate } from './i18n';

export interface AccessSummary {
  allSites: boolean;
  /** Patterns granted one by one ("https://example.org/*"). */
  sites: string[];
}

interface Props {
  access: AccessSummary;
  t: Translate;
  /** Must call permissions.request before any await (the click is the reader's consent). */
  allowAll(): void;
}

export function SiteAccessSection({ access, t, allowAll }: Props) {
  return (
    <section aria-labelledby="access-heading" data-all-sites={access.allSites}>
      <h2 id="access-heading">{t('optionsAccessHeading')}</h2>
      <p class="hint">{access.allSites ? t('optionsAccessAll') : t('optionsAccessNone')}</p>
      {!access.allSites && access.sites.length > 0 && (
        <>
          <p>{t('optionsAccessSites')}</p>
          <ul class="sites">
            {access.sites.map((site) => (
              <li key={site} class="host">
                {site.replace(/\/\*$/, '')}
              </li>
            ))}
          </ul>
        </>
      )}
      {!access.allSites && (
        <button type="button" data-allow="all" onClick={allowAll}>
          {t('optionsAccessAllowAll')}
        </button>
      )}
    </section>
  );
}

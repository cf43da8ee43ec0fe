/**
 * Says when the extension may not read the tab's site and offers, on the reader's click, access to this
 * site or to all sites. Without access, opening the popup is the reader's click: the scan runs in this
 * tab once (on-click mode) and nowhere else.
 */
import { useEffect, useState } from 'preact/hooks';
import { ALL_SITES, type SiteAccess as Access } from '../../core/site-access';
import { useEnv } from '../env';
import type { SiteAccessHost } from '../site-access-host';

interface Props {
  access: SiteAccessHost;
  tabId: number | null | undefined;
  /** The page may now report mentions: ask the background again. */
  onChanged(): void;
}

/** How long a scan started here may take to report (a big page in a busy browser), and how often to look. */
const REPORT_WAIT_MS = 15_000;
const REPORT_POLL_MS = 300;

/** Resolves once the tab's scan has reported to the background, or after REPORT_WAIT_MS. */
async function untilReported(
  tabMentions: (tabId: number) => Promise<unknown>,
  tabId: number,
  live: () => boolean,
): Promise<void> {
  const end = Date.now() + REPORT_WAIT_MS;
  while (live() && Date.now() < end) {
    if (await tabMentions(tabId).catch(() => null)) return;
    await new Promise((done) => setTimeout(done, REPORT_POLL_MS));
  }
}

function siteName(pattern: string): string {
  return pattern === 'file:///*' ? 'file://' : pattern.replace(/^\w+:\/\//, '').replace(/\/\*$/, '');
}

export function SiteAccess({ access, tabId, onChanged }: Props) {
  const { t, host } = useEnv();
  const [state, setState] = useState<Access | null>(null);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    if (tabId === null || tabId === undefined) return;
    let live = true;
    void access.access(tabId).then(async (found) => {
      if (!live) return;
      setState(found);
      if (found.kind !== 'on-click' || !(await access.runHere(tabId))) return;
      onChanged();
      // The page view polls for a while only: tell it again once the scan has reported.
      await untilReported(
        (id) => host.tabMentions(id),
        tabId,
        () => live,
      );
      if (live) onChanged();
    });
    return () => {
      live = false;
    };
  }, [access, host, tabId]);

  if (tabId === null || tabId === undefined || !state || state.kind === 'granted' || state.kind === 'never')
    return null;

  const ask = (pattern: string): void => {
    // The request comes first: an await before it would lose the reader's click.
    void access.request(pattern).then(async (granted) => {
      setRefused(!granted);
      if (!granted) return;
      await access.runHere(tabId);
      setState(await access.access(tabId));
      onChanged();
      await untilReported(
        (id) => host.tabMentions(id),
        tabId,
        () => true,
      );
      onChanged();
    });
  };
  const pattern = state.kind === 'on-click' ? state.pattern : null;
  return (
    <section class="site-access notice" aria-labelledby="site-access-text" data-access={state.kind}>
      <p id="site-access-text">{pattern ? t('siteAccessOnClick', siteName(pattern)) : t('siteAccessMissing')}</p>
      <div class="site-access-actions">
        {pattern && (
          <button type="button" data-allow="site" onClick={() => ask(pattern)}>
            {t('siteAccessAllowSite')}
          </button>
        )}
        <button type="button" data-allow="all" onClick={() => ask(ALL_SITES)}>
          {t('siteAccessAllowAll')}
        </button>
      </div>
      {refused && (
        <p class="hint" role="status">
          {t('siteAccessRefused')}
        </p>
      )}
    </section>
  );
}

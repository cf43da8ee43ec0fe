/**
 * Highlighting on or off for the tab's site, remembered in settings; the content script clears or
 * restores its highlights on the storage change. Shows the requested state until the page confirms it.
 */
import { useEffect, useState } from 'preact/hooks';
import { siteKey } from '../../core/settings';
import { useEnv } from '../env';

export function SiteSwitch({ url, enabled, onChanged }: { url: string; enabled: boolean; onChanged(): void }) {
  const { host, t } = useEnv();
  const site = siteKey(url);
  const [requested, setRequested] = useState<boolean | null>(null);
  useEffect(() => {
    if (requested === enabled) setRequested(null);
  }, [requested, enabled]);
  if (!site) return null;
  const checked = requested ?? enabled;

  const toggle = async (): Promise<void> => {
    const next = !checked;
    setRequested(next);
    try {
      await host.setSiteEnabled(site, next);
    } catch {
      setRequested(null);
    }
    onChanged();
  };
  return (
    <div class="site-switch">
      <button
        type="button"
        role="switch"
        aria-checked={checked}
        aria-labelledby="site-switch-label"
        onClick={() => void toggle()}
      >
        <span class="switch-track" aria-hidden="true">
          <span class="switch-thumb" />
        </span>
      </button>
      <span id="site-switch-label">{site === 'file:' ? t('siteSwitchFiles') : t('siteSwitchLabel', site)}</span>
    </div>
  );
}

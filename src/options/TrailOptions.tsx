/** The reading trail's switch (off by default), the per-site forget that deletes past records, clear all. */
import { useState } from 'preact/hooks';
import type { Translate } from './i18n';

export interface TrailActions {
  forgetSite(site: string): Promise<number>;
  clear(): Promise<void>;
}

interface Props {
  enabled: boolean;
  setEnabled(on: boolean): void;
  actions: TrailActions;
  t: Translate;
}

export function TrailOptions({ enabled, setEnabled, actions, t }: Props) {
  const [site, setSite] = useState('');
  const [status, setStatus] = useState('');
  const forget = (e: Event): void => {
    e.preventDefault();
    const host = site.trim();
    if (!host) return;
    actions.forgetSite(host).then(
      (n) => setStatus(t('optionsTrailForgotten', n)),
      () => undefined,
    );
  };
  return (
    <section aria-labelledby="trail-heading">
      <h2 id="trail-heading">{t('optionsTrailHeading')}</h2>
      <label class="row">
        <input
          type="checkbox"
          name="trailEnabled"
          checked={enabled}
          onChange={(e) => setEnabled(e.currentTarget.checked)}
        />
        <span>{t('optionsTrailEnabled')}</span>
      </label>
      <form class="row trail-forget" onSubmit={forget}>
        <input
          type="text"
          name="forgetSite"
          aria-label={t('optionsTrailSite')}
          placeholder={t('optionsTrailSite')}
          value={site}
          onInput={(e) => setSite(e.currentTarget.value)}
        />
        <button type="submit">{t('optionsTrailForget')}</button>
      </form>
      <button
        type="button"
        class="trail-clear"
        onClick={() => void actions.clear().then(() => setStatus(t('optionsTrailCleared')))}
      >
        {t('optionsTrailClear')}
      </button>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}

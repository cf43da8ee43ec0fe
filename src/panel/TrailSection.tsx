/** The reading trail in the panel: a search over where topics were met (or why there is none). */
import { useEffect, useState } from 'preact/hooks';
import type { KnowledgeBase } from '../core/kb-types';
import type { TrailRecord } from '../core/trail';
import type { ContentLang, Translate } from '../popup/i18n';
import type { CompanionHost } from './companion-host';

export function TrailSection({
  kb,
  host,
  t,
  lang,
}: {
  kb: KnowledgeBase;
  host: CompanionHost;
  t: Translate;
  lang: ContentLang;
}) {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [query, setQuery] = useState('');
  const [records, setRecords] = useState<TrailRecord[]>([]);
  const [generation, setGeneration] = useState(0);
  useEffect(() => host.onChange(() => setGeneration((g) => g + 1)), [host]);
  useEffect(() => {
    host.trailEnabled().then(setEnabled, () => setEnabled(false));
  }, [host, generation]);
  useEffect(() => {
    let live = true;
    host.searchTrail(query).then(
      (r) => live && setRecords(r.slice(0, 100)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [host, query, generation]);
  const label = (id: string): string => {
    const topic = kb.topics.find((x) => x.id === id);
    return topic ? topic.label[lang] || topic.label.en : id;
  };
  return (
    <section class="trail" aria-labelledby="trail-heading">
      <h2 id="trail-heading">{t('trailHeading')}</h2>
      {enabled === false && <p class="hint trail-off">{t('trailOff')}</p>}
      <input
        type="search"
        class="trail-search"
        aria-label={t('trailSearch')}
        placeholder={t('trailSearch')}
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      {records.length === 0 ? (
        <p class="hint">{t('trailEmpty')}</p>
      ) : (
        <ul class="trail-records">
          {records.map((r) => (
            <li key={r.id} data-trail-id={r.id}>
              <time dateTime={r.day}>{r.day}</time> <strong>{label(r.topic)}</strong>{' '}
              <a href={r.url} target="_blank" rel="noreferrer">
                {r.title || r.url}
              </a>
              <p class="trail-snippet">
                …{r.before}
                <mark>{r.mention}</mark>
                {r.after}…
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * One topic: its names and dates, then — each under its own label — what the paper argues, the view it
 * rejects, the dated historical record, and other readings; context-only topics say so instead.
 */
import { evidenceFor } from '../../core/evidence-dates';
import type { PageState } from '../page-state';
import type { Thesis, Topic } from '../../core/kb-types';
import { useEnv } from '../env';
import { local, otherNames, topicLabel } from '../i18n';
import { EvidenceItem } from '../parts/EvidenceItem';
import { RevealControls } from '../parts/RevealControls';
import { OtherReadings, ThesisClaims } from '../parts/ThesisClaims';
import { TopicLinks } from '../parts/TopicLink';
import { ViewHeading } from '../parts/ViewHeading';
import { mentionCount } from './PageView';

export function TopicView({ id, pageState }: { id: string; pageState: PageState }) {
  const { kb, lang, t } = useEnv();
  const topic = kb.topics.find((x) => x.id === id);
  if (!topic) return <p role="alert">{t('topicMissing')}</p>;
  const theses = topic.theses.flatMap((tid) => kb.theses.filter((th) => th.id === tid));
  const evidence = evidenceFor(kb, { topic: id });
  const onPage = pageState.kind === 'ready' ? pageState.mentions.filter((m) => m.topic === id).length : 0;
  const label = topicLabel(topic, lang);

  return (
    <article class="view view-topic" aria-labelledby="topic-heading" data-topic={id}>
      <ViewHeading id="topic-heading">{label}</ViewHeading>
      <p class="kind">{t(`kind_${topic.kind}`)}</p>
      <Names topic={topic} />
      <p class="summary">{local(topic.summary, lang)}</p>
      {onPage > 0 && (
        <div class="on-page">
          <span class="count">{mentionCount(t, onPage)}</span>
          <RevealControls topic={id} label={label} />
        </div>
      )}
      {theses.length === 0 ? <ContextOnly topic={topic} /> : theses.map((th) => <ThesisClaims key={th.id} thesis={th} />)}
      <section class="claim claim-evidence" aria-labelledby="evidence-heading">
        <h3 id="evidence-heading">{t('evidenceHeading')}</h3>
        {evidence.length === 0 ? (
          <p>{t('evidenceNone')}</p>
        ) : (
          <ol class="evidence-list">
            {evidence.map((e) => (
              <EvidenceItem key={e.id} evidence={e} />
            ))}
          </ol>
        )}
      </section>
      <OtherReadings readings={theses.flatMap((th: Thesis) => th.otherReadings)} />
      {topic.related.length > 0 && (
        <nav class="related" aria-labelledby="related-heading">
          <h3 id="related-heading">{t('relatedTopics')}</h3>
          <TopicLinks ids={topic.related} />
        </nav>
      )}
    </article>
  );
}

function Names({ topic }: { topic: Topic }) {
  const { lang, t } = useEnv();
  const names = otherNames(topic, lang);
  if (names.length === 0) return null;
  return (
    <p class="names">
      <span class="field-label">{t('topicAlsoKnownAs')}</span>{' '}
      {names.map((n, i) => (
        <span key={n.text}>
          {i > 0 && ' · '}
          <span lang={n.lang}>{n.text}</span>
        </span>
      ))}
    </p>
  );
}

function ContextOnly({ topic }: { topic: Topic }) {
  const { lang, t } = useEnv();
  return (
    <section class="claim claim-context" aria-labelledby="context-heading">
      <h3 id="context-heading">{t('topicContextHeading')}</h3>
      <p>{t('topicContextOnly')}</p>
      {topic.bearing && <p>{local(topic.bearing, lang)}</p>}
    </section>
  );
}

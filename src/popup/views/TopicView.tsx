/**
 * One topic: its names and dates, then each thesis it bears on (what the paper argues, the view it
 * rejects, the record, other readings), then the rest of the record on the topic. Context-only topics
 * say so and show how they bear on the argument instead.
 */
import { evidenceFor } from '../../core/evidence-dates';
import type { Topic } from '../../core/kb-types';
import type { PageState } from '../page-state';
import { useEnv } from '../env';
import { local, otherNames, topicLabel } from '../i18n';
import { EvidenceList } from '../parts/EvidenceItem';
import { RevealControls } from '../parts/RevealControls';
import { ThesisSection } from '../parts/ThesisSection';
import { TopicLinks } from '../parts/TopicLink';
import { ViewHeading } from '../parts/ViewHeading';
import { mentionCount } from './PageView';

/** Up to this many theses are shown open; a topic behind more lists their titles to open one by one. */
const OPEN_THESES = 2;

export function TopicView({ id, pageState }: { id: string; pageState: PageState }) {
  const { kb, lang, t } = useEnv();
  const topic = kb.topics.find((x) => x.id === id);
  if (!topic) return <p role="alert">{t('topicMissing')}</p>;
  const theses = topic.theses.flatMap((tid) => kb.theses.filter((th) => th.id === tid));
  const shown = new Set(theses.flatMap((th) => evidenceFor(kb, { topic: id, thesis: th.id }).map((e) => e.id)));
  const rest = evidenceFor(kb, { topic: id }).filter((e) => !shown.has(e.id));
  const onPage =
    pageState.kind === 'ready' ? (pageState.counts[id] ?? pageState.mentions.filter((m) => m.topic === id).length) : 0;
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
      {theses.length === 0 && <ContextOnly topic={topic} />}
      {theses.map((th) => (
        <ThesisSection key={th.id} thesis={th} topic={id} open={theses.length <= OPEN_THESES} />
      ))}
      {(rest.length > 0 || theses.length === 0) && (
        <section class="claim claim-evidence" aria-labelledby="evidence-heading">
          <h3 id="evidence-heading">{theses.length === 0 ? t('evidenceHeading') : t('evidenceMoreHeading')}</h3>
          {rest.length === 0 ? <p>{t('evidenceNone')}</p> : <EvidenceList items={rest} />}
        </section>
      )}
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

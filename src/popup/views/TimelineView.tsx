/** Every dated piece of evidence on one line, filterable by topic and by thesis. */
import { evidenceFor } from '../../core/evidence-dates';
import { useEnv } from '../env';
import { local, topicLabel } from '../i18n';
import { EvidenceList } from '../parts/EvidenceItem';
import { ViewHeading } from '../parts/ViewHeading';

export interface TimelineFilter {
  topic?: string;
  thesis?: string;
}

export function TimelineView({ filter, onFilter }: { filter: TimelineFilter; onFilter(f: TimelineFilter): void }) {
  const { kb, lang, t } = useEnv();
  const items = evidenceFor(kb, filter);
  const withEvidence = new Set(kb.evidence.flatMap((e) => e.topics));
  const topics = kb.topics
    .filter((topic) => withEvidence.has(topic.id))
    .sort((a, b) => topicLabel(a, lang).localeCompare(topicLabel(b, lang), lang));
  const count = items.length === 1 ? t('timelineCountOne') : t('timelineCountMany', items.length);
  return (
    <section class="view view-timeline" aria-labelledby="timeline-heading">
      <ViewHeading id="timeline-heading">{t('timelineHeading')}</ViewHeading>
      <div class="filters">
        <label>
          <span>{t('timelineTopic')}</span>
          <select
            value={filter.topic ?? ''}
            onChange={(e) => onFilter({ ...filter, topic: e.currentTarget.value || undefined })}
          >
            <option value="">{t('timelineAllTopics')}</option>
            {topics.map((topic) => (
              <option key={topic.id} value={topic.id}>
                {topicLabel(topic, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('timelineThesis')}</span>
          <select
            value={filter.thesis ?? ''}
            onChange={(e) => onFilter({ ...filter, thesis: e.currentTarget.value || undefined })}
          >
            <option value="">{t('timelineAllTheses')}</option>
            {kb.theses.map((thesis) => (
              <option key={thesis.id} value={thesis.id}>
                {local(thesis.title, lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="timeline-count" role="status">
        {items.length === 0 ? t('timelineEmpty') : count}
      </p>
      <EvidenceList items={items} withTopics />
    </section>
  );
}

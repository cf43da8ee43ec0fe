/** One dated piece of the historical record: what it is, what it shows, where to check it. */
import { formatSpan } from '../../core/evidence-dates';
import type { Evidence, EvidenceKind } from '../../core/kb-types';
import { originalsToShow } from '../../core/local-text';
import { useEnv } from '../env';
import { htmlLang, local, type MessageKey } from '../i18n';
import { SourceLinks, StatusBadge } from './SourceLinks';
import { TopicLinks } from './TopicLink';

const KIND_KEYS: Record<EvidenceKind, MessageKey> = {
  treaty: 'evidenceKind_treaty',
  document: 'evidenceKind_document',
  'conversation record': 'evidenceKind_conversationRecord',
  telegram: 'evidenceKind_telegram',
  speech: 'evidenceKind_speech',
  article: 'evidenceKind_article',
  memoir: 'evidenceKind_memoir',
  event: 'evidenceKind_event',
};

export function EvidenceList({ items, withTopics = false }: { items: readonly Evidence[]; withTopics?: boolean }) {
  return (
    <ol class={withTopics ? 'evidence-list timeline' : 'evidence-list'}>
      {items.map((e) => (
        <EvidenceItem key={e.id} evidence={e} withTopics={withTopics} />
      ))}
    </ol>
  );
}

export function EvidenceItem({ evidence, withTopics = false }: { evidence: Evidence; withTopics?: boolean }) {
  const { lang, t } = useEnv();
  // One language per item: the reader's. The original title, where known and in another language, sits below it.
  const originals = originalsToShow(evidence.title, lang);
  return (
    <li class="evidence" data-evidence={evidence.id}>
      <p class="evidence-meta">
        <time dateTime={evidence.date}>{formatSpan(evidence, lang)}</time>
        <span class="evidence-kind">{t(KIND_KEYS[evidence.kind])}</span>
        <StatusBadge status={evidence.status} />
      </p>
      <p class="evidence-title">
        <cite lang={htmlLang(lang)}>{local(evidence.title, lang)}</cite>
      </p>
      {originals.length > 0 && (
        <p class="evidence-original">
          <span class="field-label">{t('evidenceOriginal')}</span>{' '}
          {originals.map((o, i) => (
            <span key={o.text}>
              {i > 0 && ' / '}
              <cite lang={o.lang}>{o.text}</cite>
            </span>
          ))}
        </p>
      )}
      <p class="evidence-shows">{local(evidence.shows, lang)}</p>
      <p class="evidence-source">
        <span class="field-label">{t('evidenceSource')}</span> <span data-citation>{evidence.source}</span>
      </p>
      <SourceLinks sources={evidence.sources} />
      {withTopics && <TopicLinks ids={evidence.topics} label={t('evidenceTopics')} />}
    </li>
  );
}

/**
 * "On this page": the topics the tab mentions in order of first appearance, with counts and kind,
 * a way to each mention on the page, and the site's highlighting switch. Page text is shown as text.
 */
import { useMemo } from 'preact/hooks';
import type { PageState } from '../page-state';
import { topicsInOrder, type PageTopic } from '../../core/page-topics';
import type { Topic } from '../../core/kb-types';
import { useEnv } from '../env';
import { topicLabel, type MessageKey, type Translate } from '../i18n';
import { RevealControls } from '../parts/RevealControls';
import { SiteSwitch } from '../parts/SiteSwitch';
import { ViewHeading } from '../parts/ViewHeading';

const STATUS_KEYS: Partial<Record<PageState['kind'], MessageKey>> = {
  reading: 'pageReading',
  loading: 'pageLoading',
  unreadable: 'pageUnreadable',
  off: 'pageOff',
};

export function mentionCount(t: Translate, count: number): string {
  return count === 1 ? t('mentionCountOne') : t('mentionCountMany', count);
}

export function PageView({ state, onSiteChanged }: { state: PageState; onSiteChanged(): void }) {
  const { kb, t } = useEnv();
  const mentions = state.kind === 'ready' ? state.mentions : null;
  const topics = useMemo(() => {
    const byId = new Map(kb.topics.map((topic) => [topic.id, topic]));
    return topicsInOrder(mentions ?? []).flatMap((found) => {
      const topic = byId.get(found.id);
      return topic ? [{ found, topic }] : [];
    });
  }, [kb, mentions]);
  const statusKey =
    STATUS_KEYS[state.kind] ?? (state.kind === 'ready' && state.complete && topics.length === 0 ? 'pageNoMentions' : null);

  return (
    <section class="view view-page" aria-labelledby="page-heading">
      <ViewHeading id="page-heading">{t('pageHeading')}</ViewHeading>
      {(state.kind === 'ready' || state.kind === 'off') && (
        <SiteSwitch url={state.url} enabled={state.kind === 'ready'} onChanged={onSiteChanged} />
      )}
      <p class="page-status" role="status">
        {statusKey ? t(statusKey) : state.kind === 'ready' && !state.complete ? t('pageStillScanning') : ''}
      </p>
      {topics.length > 0 && (
        <ul class="page-topics" aria-label={t('pageTopicsLabel')}>
          {topics.map(({ found, topic }) => (
            <PageTopicRow key={topic.id} found={found} topic={topic} />
          ))}
        </ul>
      )}
    </section>
  );
}

function PageTopicRow({ found, topic }: { found: PageTopic; topic: Topic }) {
  const { lang, t, open } = useEnv();
  const label = topicLabel(topic, lang);
  return (
    <li class="page-topic" data-topic={topic.id}>
      <div class="page-topic-head">
        <button type="button" class="link topic-name" onClick={() => open({ name: 'topic', id: topic.id })}>
          {label}
        </button>
        <span class="kind">{t(`kind_${topic.kind}`)}</span>
        <span class="count" data-count={found.count}>
          {mentionCount(t, found.count)}
        </span>
      </div>
      {found.firstContext && (
        <p class="context">
          <span class="visually-hidden">{t('contextLabel')} </span>
          <q>{found.firstContext}</q>
        </p>
      )}
      <RevealControls topic={topic.id} label={label} />
    </li>
  );
}

/**
 * "On this page": which of the paper's points the page's passages are about (each opening its
 * passages in turn), then the topics grouped under those points, the ones the paper does not
 * address or discuss last; a way to each mention on the page; the site's highlighting switch.
 * Page text is shown as text.
 */
import { useMemo, useState } from 'preact/hooks';
import type { PageState } from '../page-state';
import { pageOverview, type PagePoint, type TopicGroup } from '../../core/page-points';
import type { PageTopic } from '../../core/page-topics';
import type { Topic } from '../../core/kb-types';
import { useEnv } from '../env';
import { local, topicLabel, type MessageKey, type Translate } from '../i18n';
import { RevealControls } from '../parts/RevealControls';
import { SiteSwitch } from '../parts/SiteSwitch';
import { CalmSwitch } from '../parts/CalmSwitch';
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
  const counts = state.kind === 'ready' ? state.counts : undefined;
  const overview = useMemo(() => pageOverview(kb, mentions ?? [], counts), [kb, mentions, counts]);
  const topicCount = overview.groups.reduce((n, g) => n + g.topics.length, 0);
  const statusKey =
    STATUS_KEYS[state.kind] ?? (state.kind === 'ready' && state.complete && topicCount === 0 ? 'pageNoMentions' : null);

  return (
    <section class="view view-page" aria-labelledby="page-heading">
      <ViewHeading id="page-heading">{t('pageHeading')}</ViewHeading>
      {(state.kind === 'ready' || state.kind === 'off') && (
        <SiteSwitch url={state.url} enabled={state.kind === 'ready'} onChanged={onSiteChanged} />
      )}
      {state.kind === 'ready' && <CalmSwitch />}
      <p class="page-status" role="status">
        {statusKey ? t(statusKey) : state.kind === 'ready' && !state.complete ? t('pageStillScanning') : ''}
      </p>
      {state.kind === 'ready' && state.capped && <p class="page-capped">{t('pageCapped')}</p>}
      {overview.points.length > 0 && (
        <section class="page-points" aria-labelledby="page-points-heading">
          <h3 id="page-points-heading">{t('pagePointsHeading')}</h3>
          <ul>
            {overview.points.map((point) => (
              <PointRow key={point.thesis} point={point} />
            ))}
          </ul>
        </section>
      )}
      {topicCount > 0 && overview.points.length === 0 && state.kind === 'ready' && state.complete && (
        <p class="page-no-points">{t('pageNoPoints')}</p>
      )}
      {topicCount > 0 && (
        <div class="page-groups" role="group" aria-label={t('pageTopicsLabel')}>
          {overview.groups.map((group) => (
            <GroupSection key={group.kind === 'point' ? group.thesis : group.kind} group={group} />
          ))}
        </div>
      )}
    </section>
  );
}

/** "3 passages about A new treaty in 1950": each click shows the next passage, and that place on the page. */
function PointRow({ point }: { point: PagePoint }) {
  const { kb, lang, t, host, tabId } = useEnv();
  const [at, setAt] = useState<number | null>(null);
  const thesis = kb.theses.find((th) => th.id === point.thesis);
  const title = thesis ? local(thesis.title, lang) : point.thesis;
  const count = point.passages.length;
  const shown = at === null ? null : point.passages[at];
  const next = (): void => {
    const i = at === null ? 0 : (at + 1) % count;
    setAt(i);
    const passage = point.passages[i];
    if (passage && tabId !== null) host.reveal(tabId, passage.topic, passage.index).catch(() => undefined);
  };
  return (
    <li class="page-point" data-thesis={point.thesis}>
      <button type="button" class="link point-passages" onClick={next}>
        {count === 1 ? t('pagePointPassagesOne', title) : t('pagePointPassagesMany', count, title)}
      </button>
      <p class="context point-passage" role="status">
        {shown && (
          <>
            <span class="position">{t('pagePointPosition', (at ?? 0) + 1, count)} </span>
            <q data-page-text>{shown.context}</q>
          </>
        )}
      </p>
    </li>
  );
}

function GroupSection({ group }: { group: TopicGroup }) {
  const { kb, lang, t } = useEnv();
  const byId = new Map(kb.topics.map((topic) => [topic.id, topic]));
  const thesis = group.kind === 'point' ? kb.theses.find((th) => th.id === group.thesis) : undefined;
  const title =
    group.kind === 'point'
      ? t('pageGroupPoint', thesis ? local(thesis.title, lang) : group.thesis)
      : group.kind === 'unaddressed'
        ? t('pageGroupUnaddressed')
        : t('pageGroupBackground');
  return (
    <section class="page-group" data-group={group.kind === 'point' ? group.thesis : group.kind}>
      <h3>{title}</h3>
      <ul class="page-topics" aria-label={title}>
        {group.topics.map((found) => {
          const topic = byId.get(found.id);
          return topic ? <PageTopicRow key={topic.id} found={found} topic={topic} /> : null;
        })}
      </ul>
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
          <q data-page-text>{found.firstContext}</q>
        </p>
      )}
      <RevealControls topic={topic.id} label={label} />
    </li>
  );
}

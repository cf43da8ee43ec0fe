/** Links from anywhere in the popup to a topic's view (buttons: they open a view, not a page). */
import { topicLabel } from '../i18n';
import { useEnv } from '../env';

export function TopicLink({ id }: { id: string }) {
  const { kb, lang, open } = useEnv();
  const topic = kb.topics.find((t) => t.id === id);
  if (!topic) return null;
  return (
    <button type="button" class="link" onClick={() => open({ name: 'topic', id })}>
      {topicLabel(topic, lang)}
    </button>
  );
}

export function TopicLinks({ ids, label }: { ids: readonly string[]; label?: string }) {
  if (ids.length === 0) return null;
  return (
    <p class="topic-links">
      {label && <span class="field-label">{label} </span>}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ' · '}
          <TopicLink id={id} />
        </span>
      ))}
    </p>
  );
}

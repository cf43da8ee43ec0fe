/** The popup's first slice: the topics this page mentions, with counts. Issue 5 grows it into the full reader. */
import { useEffect, useState } from 'preact/hooks';
import type { KnowledgeBase } from '../core/kb-types';
import { askBackground } from '../platform/browser';
import type { TabMentions } from '../shared/messages';

interface Props {
  kb: KnowledgeBase;
  tabId: number | null;
  loading: boolean;
}

interface TopicCount {
  id: string;
  count: number;
}

export function topicsInOrder(mentions: TabMentions['mentions']): TopicCount[] {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.topic, (counts.get(m.topic) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count }));
}

export function App({ kb, tabId, loading }: Props) {
  const [tab, setTab] = useState<TabMentions | null | undefined>(undefined);
  useEffect(() => {
    if (tabId === null) return;
    askBackground('mentions/get', { tabId }).then(setTab, () => setTab(null));
  }, [tabId]);
  const labels = new Map(kb.topics.map((t) => [t.id, t.label.en]));
  const topics = tab ? topicsInOrder(tab.mentions) : [];
  return (
    <main>
      <h1>Sino-Soviet Notes</h1>
      {loading || tab === undefined ? (
        <p>Reading this page…</p>
      ) : !tab ? (
        <p>This page cannot be read by the extension.</p>
      ) : topics.length === 0 ? (
        <p>No Sino-Soviet topic is mentioned on this page.</p>
      ) : (
        <ul aria-label="Topics on this page">
          {topics.map((t) => (
            <li key={t.id} data-topic={t.id}>
              <span class="label">{labels.get(t.id) ?? t.id}</span> <span class="count">{t.count}</span>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}

/**
 * The panel's notes: this page's (re-attached ones marked, the others listed as not found, never
 * dropped), a note on the topic the reader view shows or on one of its evidence items, and every note
 * with a search.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { KnowledgeBase } from '../core/kb-types';
import { byUpdated, searchNotes, type Note } from '../core/notes';
import type { ContentLang, Translate } from '../popup/i18n';
import type { CompanionHost } from './companion-host';
import { labelsFor } from './ExportSection';
import { NoteItem } from './NoteItem';

interface Props {
  kb: KnowledgeBase;
  host: CompanionHost;
  t: Translate;
  lang: ContentLang;
  tabId: number | null;
  /** The topic the reader view shows, if any. */
  topic: string | null;
}

export function NotesView({ kb, host, t, lang, tabId, topic }: Props) {
  const [all, setAll] = useState<Note[]>([]);
  const [page, setPage] = useState<{ notes: Note[]; attached: string[] }>({ notes: [], attached: [] });
  const [query, setQuery] = useState('');
  const [generation, setGeneration] = useState(0);
  const labels = useMemo(() => labelsFor(kb, t, lang), [kb, t, lang]);

  useEffect(() => host.onChange(() => setGeneration((g) => g + 1)), [host]);
  useEffect(() => {
    let live = true;
    host.listNotes().then(
      (n) => live && setAll(n),
      () => undefined,
    );
    if (tabId === null) setPage({ notes: [], attached: [] });
    else
      host.pageNotes(tabId).then(
        (p) => live && setPage(p),
        () => live && setPage({ notes: [], attached: [] }),
      );
    return () => {
      live = false;
    };
  }, [host, tabId, generation]);

  const found = searchNotes(byUpdated(all), query, labels.topic);
  const topicLabel = topic ? labels.topic(topic) : null;
  const evidence = topic ? kb.evidence.filter((e) => e.topics.includes(topic)) : [];
  const [picked, setPicked] = useState('');
  const evidenceId = evidence.some((e) => e.id === picked) ? picked : (evidence[0]?.id ?? '');
  return (
    <div class="notes-view">
      {topic && topicLabel && (
        <button
          type="button"
          class="add-topic-note"
          onClick={() => void host.addNote({ kind: 'topic', topic, text: '' })}
        >
          {t('noteAddTopic', topicLabel)}
        </button>
      )}
      {topic && evidenceId && (
        <div class="add-evidence-note">
          <label>
            {t('noteEvidencePick')}{' '}
            <select value={evidenceId} onChange={(e) => setPicked(e.currentTarget.value)}>
              {evidence.map((e) => (
                <option key={e.id} value={e.id}>
                  {labels.evidence(e.id)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            onClick={() => void host.addNote({ kind: 'evidence', topic, evidence: evidenceId, text: '' })}
          >
            {t('noteAddEvidence')}
          </button>
        </div>
      )}
      {page.notes.length > 0 && (
        <section aria-labelledby="page-notes-heading">
          <h2 id="page-notes-heading">{t('notesThisPage')}</h2>
          <ul class="notes page-notes">
            {page.notes.map((n) => (
              <NoteItem
                key={n.id}
                note={n}
                host={host}
                t={t}
                labels={labels}
                state={n.kind !== 'passage' ? undefined : page.attached.includes(n.id) ? 'attached' : 'unattached'}
              />
            ))}
          </ul>
          {page.notes.some((n) => n.kind === 'passage' && !page.attached.includes(n.id)) && (
            <p class="hint">○ {t('notesUnattached')}</p>
          )}
          {page.attached.length > 0 && <p class="hint">● {t('notesAttached')}</p>}
        </section>
      )}
      <section aria-labelledby="all-notes-heading">
        <h2 id="all-notes-heading">{t('notesAll')}</h2>
        <input
          type="search"
          class="notes-search"
          aria-label={t('notesSearch')}
          placeholder={t('notesSearch')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        {all.length === 0 ? (
          <p class="hint">{t('notesEmpty')}</p>
        ) : (
          <ul class="notes all-notes">
            {found.map((n) => (
              <NoteItem key={n.id} note={n} host={host} t={t} labels={labels} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** One note: its quote or target, its words, edit and delete. Page text is rendered as text only. */
import { useState } from 'preact/hooks';
import type { Note } from '../core/notes';
import type { Translate } from '../popup/i18n';
import type { Labels } from '../core/note-exports';
import type { CompanionHost } from './companion-host';

export function NoteItem({
  note,
  host,
  t,
  labels,
  state,
}: {
  note: Note;
  host: CompanionHost;
  t: Translate;
  labels: Labels;
  state?: 'attached' | 'unattached';
}) {
  const [editing, setEditing] = useState(note.text === '');
  const [text, setText] = useState(note.text);
  const save = (): void => {
    host.editNote(note.id, text).then(
      () => setEditing(false),
      () => undefined,
    );
  };
  return (
    <li class={`note note-${note.kind}${state ? ` note-${state}` : ''}`} data-note-id={note.id} data-state={state}>
      {state && (
        <span class="note-marker" aria-hidden="true">
          {state === 'attached' ? '●' : '○'}
        </span>
      )}
      {note.topic && <strong class="note-topic">{labels.topic(note.topic)}</strong>}
      {note.evidence && <span class="note-evidence">{t('noteOnEvidence', labels.evidence(note.evidence))}</span>}
      {note.quote && <blockquote class="note-quote">{note.quote.exact}</blockquote>}
      {note.url && (
        <a class="note-page" href={note.url} target="_blank" rel="noreferrer">
          {note.title || note.url}
        </a>
      )}
      {editing ? (
        <div class="note-edit">
          <textarea aria-label={t('noteText')} value={text} onInput={(e) => setText(e.currentTarget.value)} rows={3} />
          <button type="button" class="note-save" onClick={save}>
            {t('noteSave')}
          </button>
          {note.text !== '' && (
            <button type="button" class="link" onClick={() => (setText(note.text), setEditing(false))}>
              {t('noteCancel')}
            </button>
          )}
        </div>
      ) : (
        <p class="note-text">{note.text}</p>
      )}
      <div class="note-actions">
        <time dateTime={note.updated}>{note.updated.slice(0, 10)}</time>
        {!editing && (
          <button type="button" class="link" onClick={() => setEditing(true)}>
            {t('noteEdit')}
          </button>
        )}
        <button type="button" class="link note-delete" onClick={() => void host.deleteNote(note.id)}>
          {t('noteDelete')}
        </button>
      </div>
    </li>
  );
}

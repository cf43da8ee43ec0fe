/**
 * Export (save a file, or copy) and import of the reader's store: the JSON backup, notes as Markdown and
 * CSV, the trail as CSV, the paper and every source for reference managers. In the panel and the options.
 */
import { useState } from 'preact/hooks';
import type { KnowledgeBase } from '../core/kb-types';
import { notesCsv, notesMarkdown, trailCsv, type Labels } from '../core/note-exports';
import { formatAllSources } from '../core/source-citations';
import type { ContentLang, MessageKey, Translate } from '../popup/i18n';
import type { CompanionHost } from './companion-host';
import { localText } from '../core/local-text';

interface Format {
  id: string;
  label: MessageKey;
  file: string;
  mime: string;
  make(): Promise<string>;
}

export function labelsFor(kb: KnowledgeBase, t: Translate, lang: ContentLang): Labels {
  const topics = new Map(kb.topics.map((x) => [x.id, x.label[lang] || x.label.en]));
  const evidence = new Map(kb.evidence.map((e) => [e.id, `${localText(e.title, lang)} (${e.date})`]));
  return {
    topic: (id) => topics.get(id) ?? id,
    evidence: (id) => evidence.get(id) ?? id,
    noTopic: t('notesNoTopic'),
  };
}

export function ExportSection({
  kb,
  host,
  t,
  lang,
}: {
  kb: KnowledgeBase;
  host: CompanionHost;
  t: Translate;
  lang: ContentLang;
}) {
  const [status, setStatus] = useState('');
  const [withSettings, setWithSettings] = useState(false);
  const labels = labelsFor(kb, t, lang);
  const trailAll = async () => [...(await host.searchTrail(''))].reverse();
  const formats: Format[] = [
    {
      id: 'json',
      label: 'exportJson',
      file: 'sino-soviet-notes-backup.json',
      mime: 'application/json',
      make: () => host.exportBackup(),
    },
    {
      id: 'md',
      label: 'exportMarkdown',
      file: 'sino-soviet-notes.md',
      mime: 'text/markdown',
      make: async () => notesMarkdown(await host.listNotes(), labels, t('notesExportTitle')),
    },
    {
      id: 'csv',
      label: 'exportCsv',
      file: 'sino-soviet-notes.csv',
      mime: 'text/csv',
      make: async () => notesCsv(await host.listNotes(), labels),
    },
    {
      id: 'trail-csv',
      label: 'exportTrailCsv',
      file: 'sino-soviet-notes-trail.csv',
      mime: 'text/csv',
      make: async () => trailCsv(await trailAll(), labels),
    },
    {
      id: 'bib',
      label: 'exportBibtex',
      file: 'sino-soviet-notes.bib',
      mime: 'application/x-bibtex',
      make: () => Promise.resolve(formatAllSources(kb, 'bibtex')),
    },
    {
      id: 'ris',
      label: 'exportRis',
      file: 'sino-soviet-notes.ris',
      mime: 'application/x-research-info-systems',
      make: () => Promise.resolve(formatAllSources(kb, 'ris')),
    },
    {
      id: 'csl',
      label: 'exportCsl',
      file: 'sino-soviet-notes-csl.json',
      mime: 'application/json',
      make: () => Promise.resolve(formatAllSources(kb, 'csljson')),
    },
  ];
  const run = (work: () => Promise<void>, done: string): void => {
    work().then(
      () => setStatus(t('exportDone', done)),
      (error: unknown) => setStatus(error instanceof Error ? error.message : String(error)),
    );
  };
  const onFile = (e: Event): void => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    file
      .text()
      .then((text) => host.importBackup(text, withSettings))
      .then(
        (r) => setStatus(t('importReport', r.imported, r.duplicates, r.failed)),
        (error: unknown) => setStatus(t((error instanceof Error ? error.message : 'importMalformed') as MessageKey)),
      )
      .finally(() => {
        input.value = '';
      });
  };
  return (
    <section class="companion-export" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('exportHeading')}</h2>
      <ul class="export-list">
        {formats.map((f) => (
          <li key={f.id} data-format={f.id}>
            <span>{t(f.label)}</span>
            <button
              type="button"
              class="link"
              onClick={() => run(async () => host.download(f.file, await f.make(), f.mime), f.file)}
            >
              {t('exportSave')}
            </button>
            <button
              type="button"
              class="link"
              onClick={() => run(async () => host.copyText(await f.make()), t(f.label))}
            >
              {t('exportCopy')}
            </button>
          </li>
        ))}
      </ul>
      <label class="import-file">
        <span>{t('importLabel')}</span>
        <input type="file" accept=".json,application/json" onChange={onFile} />
      </label>
      <label class="row">
        <input type="checkbox" checked={withSettings} onChange={(e) => setWithSettings(e.currentTarget.checked)} />
        <span>{t('importWithSettings')}</span>
      </label>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}

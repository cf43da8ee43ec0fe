/**
 * The paper: its bibliographic record (fields the record lacks say so), its theses with
 * links to their topics, and citations to copy.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { CITATION_STYLES, type CitationStyle } from '../../core/citation';
import type { Known, Paper } from '../../core/kb-types';
import { useEnv } from '../env';
import { local, type MessageKey } from '../i18n';
import { CitationBlock } from '../parts/CitationBlock';
import { TopicLinks } from '../parts/TopicLink';
import { ViewHeading } from '../parts/ViewHeading';

export function PaperView() {
  const { kb, lang, t, open } = useEnv();
  const { paper } = kb;
  const [copied, setCopied] = useState<{ style: CitationStyle; ok: boolean } | null>(null);
  return (
    <section class="view view-paper" aria-labelledby="paper-heading">
      <ViewHeading id="paper-heading">{t('paperHeading')}</ViewHeading>
      <PaperRecord paper={paper} />
      <section aria-labelledby="theses-heading">
        <h3 id="theses-heading">{t('paperThesesHeading', kb.theses.length)}</h3>
        <ol class="theses">
          {kb.theses.map((thesis) => (
            <li key={thesis.id} data-thesis={thesis.id}>
              <h4>{local(thesis.title, lang)}</h4>
              <div class="claim claim-paper">
                <p class="claim-label">{t('paperArgues')}</p>
                <p>{local(thesis.paper, lang)}</p>
              </div>
              <TopicLinks ids={thesis.topics} label={t('evidenceTopics')} />
              <button type="button" class="link" onClick={() => open({ name: 'timeline', thesis: thesis.id })}>
                {t('paperThesisEvidence')}
              </button>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="cite-heading">
        <h3 id="cite-heading">{t('citeHeading')}</h3>
        <p class="hint">{t('citeNote')}</p>
        {CITATION_STYLES.map((style) => (
          <CitationBlock key={style} paper={paper} style={style} onCopied={(ok) => setCopied({ style, ok })} />
        ))}
        <p class="copy-status" role="status">
          {copied ? (copied.ok ? t('copied', t(`cite_${copied.style}`)) : t('copyFailed')) : ''}
        </p>
      </section>
    </section>
  );
}

function PaperRecord({ paper }: { paper: Paper }) {
  const { t, lang } = useEnv();
  const row = (key: MessageKey, value: ComponentChildren) => (
    <div key={key}>
      <dt>{t(key)}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <dl class="paper-record">
      {row(
        'paperField_title',
        <>
          <cite lang="zh-Hans">{paper.title.zh}</cite> <cite lang="en">{paper.title.en}</cite>
        </>,
      )}
      {row('paperField_author', <Printed text={paper.author} />)}
      {row('paperField_affiliation', <Printed text={paper.affiliation} />)}
      {row('paperField_journal', <Printed text={paper.journal} />)}
      {row('paperField_year', String(paper.year))}
      {row('paperField_volume', <KnownValue value={paper.volume} />)}
      {row('paperField_issue', paper.issue)}
      {row('paperField_pages', `${paper.pages.first}–${paper.pages.last}`)}
      {row('paperField_doi', <KnownValue value={paper.doi} />)}
      {/* The journal's record lists its keywords in English. */}
      {row('paperField_keywords', <span lang="en">{paper.keywords.join('; ')}</span>)}
      {paper.funding.length > 0 &&
        row(
          'paperField_funding',
          <ul class="funding">
            {paper.funding.map((f) => (
              <li key={f.code}>
                {local(f.funder, lang)} {f.code}
              </li>
            ))}
          </ul>,
        )}
      {row(
        'paperField_record',
        <>
          <a href={paper.record.url} target="_blank" rel="noopener noreferrer" title={t('paperRecordLink')}>
            {paper.record.url}
          </a>{' '}
          <span class="record-note">{local(paper.record.note, lang)}</span>
        </>,
      )}
      {row('paperField_basis', local(paper.basis, lang))}
    </dl>
  );
}

/** A name or title as printed in both scripts, Chinese first as in the journal. */
function Printed({ text }: { text: { en: string; zh: string } }) {
  return (
    <>
      <span lang="zh-Hans">{text.zh}</span> <span lang="en">{text.en}</span>
    </>
  );
}

function KnownValue({ value }: { value: Known<string> }) {
  const { t, lang } = useEnv();
  if (value.known) return <>{value.value}</>;
  return (
    <span class="unknown" data-unknown>
      {t('paperUnknown')}
      {value.note && <span class="unknown-note">{local(value.note, lang)}</span>}
    </span>
  );
}

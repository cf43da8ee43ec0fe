/**
 * "What is this?": the paper (author, title, journal, year, from data/paper.json), its five points one
 * line each, and what the labels on every note mean. Shown the first time the popup opens, and from
 * the header's link always.
 */
import type { Thesis } from '../../core/kb-types';
import { useEnv } from '../env';
import { local, type MessageKey } from '../i18n';
import { ViewHeading } from '../parts/ViewHeading';

const TERMS: [MessageKey, MessageKey][] = [
  ['termParaphrase', 'termParaphraseText'],
  ['termBackground', 'termBackgroundText'],
  ['termVerified', 'termVerifiedText'],
  ['termSecondary', 'termSecondaryText'],
];

/** The abstract's order: by the first sentence number in each thesis's locator. */
function abstractOrder(theses: readonly Thesis[]): Thesis[] {
  const first = (t: Thesis) => Number(/\d+/.exec(t.abstractLocator.en)?.[0] ?? 99);
  return [...theses].sort((a, b) => first(a) - first(b));
}

export function IntroView({ onDone }: { onDone(): void }) {
  const { kb, lang, t } = useEnv();
  const { paper } = kb;
  return (
    <section class="view view-intro" aria-labelledby="intro-heading">
      <ViewHeading id="intro-heading">{t('introHeading')}</ViewHeading>
      <p>{t('introLead')}</p>
      <h3>{t('introPaper')}</h3>
      <dl class="intro-paper">
        <dt>{t('introAuthor')}</dt>
        <dd>
          {lang === 'zh-Hans' ? (
            <>
              {paper.author.zh} ({paper.author.en})
            </>
          ) : (
            <>
              {paper.author.en} (<span lang="zh">{paper.author.zh}</span>)
            </>
          )}
        </dd>
        <dt>{t('introTitle')}</dt>
        <dd>
          <cite>{paper.title.en}</cite>
          {' / '}
          <cite lang="zh">{paper.title.zh}</cite>
        </dd>
        <dt>{t('introJournal')}</dt>
        <dd>
          <cite>{paper.journal.en}</cite> / <cite lang="zh">{paper.journal.zh}</cite>
        </dd>
        <dt>{t('introYear')}</dt>
        <dd>{paper.year}</dd>
      </dl>
      <h3>{t('introPoints')}</h3>
      <ol class="intro-points">
        {abstractOrder(kb.theses).map((thesis) => (
          <li key={thesis.id} data-thesis={thesis.id}>
            {local(thesis.title, lang)}
          </li>
        ))}
      </ol>
      <h3>{t('introTerms')}</h3>
      <dl class="intro-terms">
        {TERMS.flatMap(([term, text]) => [<dt key={term}>{t(term)}</dt>, <dd key={text}>{t(text)}</dd>])}
      </dl>
      <button type="button" class="primary" data-autofocus onClick={onDone}>
        {t('introStart')}
      </button>
    </section>
  );
}

/**
 * One thesis as it bears on a topic, each part under its own unmistakable label: what the paper argues
 * (a paraphrase of its abstract, never the extension's view), the view it rejects, the dated record on
 * this topic, and other readings. Collapsible, so a topic behind all five theses stays readable.
 */
import { evidenceFor } from '../../core/evidence-dates';
import type { OtherReading, Thesis } from '../../core/kb-types';
import { useEnv } from '../env';
import { local } from '../i18n';
import { EvidenceList } from './EvidenceItem';
import { SourceLinks } from './SourceLinks';

export function ThesisSection({ thesis, topic, open }: { thesis: Thesis; topic: string; open: boolean }) {
  const { kb, lang, t, open: go } = useEnv();
  const evidence = evidenceFor(kb, { topic, thesis: thesis.id });
  const all = evidenceFor(kb, { thesis: thesis.id }).length;
  return (
    <details class="thesis" open={open} data-thesis={thesis.id}>
      <summary>
        <h3>{local(thesis.title, lang)}</h3>
      </summary>
      <div class="claim claim-paper">
        <h4>{t('paperArgues')}</h4>
        <p>{local(thesis.paper, lang)}</p>
        <p class="locator">{t('abstractLocator', local(thesis.abstractLocator, lang))}</p>
      </div>
      {thesis.rejects && (
        <div class="claim claim-rejects">
          <h4>{t('paperRejects')}</h4>
          <p>{local(thesis.rejects, lang)}</p>
        </div>
      )}
      <div class="claim claim-evidence">
        <h4>{t('evidenceHeading')}</h4>
        {evidence.length === 0 ? <p>{t('evidenceNoneForThesis')}</p> : <EvidenceList items={evidence} />}
        {all > evidence.length && (
          <button type="button" class="link" onClick={() => go({ name: 'timeline', thesis: thesis.id })}>
            {t('thesisOnTimeline', all)}
          </button>
        )}
      </div>
      <OtherReadings readings={thesis.otherReadings} />
    </details>
  );
}

function OtherReadings({ readings }: { readings: readonly OtherReading[] }) {
  const { lang, t } = useEnv();
  if (readings.length === 0) return null;
  return (
    <div class="claim claim-other">
      <h4>{t('otherReadings')}</h4>
      <p class="intro">{t('otherReadingsIntro')}</p>
      <ul>
        {readings.map((reading, i) => (
          <li key={i}>
            <p>{local(reading.text, lang)}</p>
            <p class="reading-source">
              <span class="field-label">{t('evidenceSource')}</span> <span data-citation>{reading.source}</span>
            </p>
            <SourceLinks sources={reading.sources} />
          </li>
        ))}
      </ul>
    </div>
  );
}

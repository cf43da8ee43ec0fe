/**
 * What the paper argues and what it rejects, for one thesis, each under its own unmistakable label:
 * the paper's claim is a paraphrase of its abstract, never the extension's own view.
 */
import type { OtherReading, Thesis } from '../../core/kb-types';
import { useEnv } from '../env';
import { local } from '../i18n';

export function ThesisClaims({ thesis }: { thesis: Thesis }) {
  const { lang, t } = useEnv();
  return (
    <section class="thesis" aria-labelledby={`thesis-${thesis.id}`} data-thesis={thesis.id}>
      <h3 id={`thesis-${thesis.id}`}>{local(thesis.title, lang)}</h3>
      <div class="claim claim-paper">
        <h4>{t('paperArgues')}</h4>
        <p>{local(thesis.paper, lang)}</p>
        <p class="locator">{t('abstractLocator', thesis.abstractLocator)}</p>
      </div>
      {thesis.rejects && (
        <div class="claim claim-rejects">
          <h4>{t('paperRejects')}</h4>
          <p>{local(thesis.rejects, lang)}</p>
        </div>
      )}
    </section>
  );
}

export function OtherReadings({ readings }: { readings: readonly OtherReading[] }) {
  const { lang, t } = useEnv();
  if (readings.length === 0) return null;
  return (
    <section class="claim claim-other" aria-labelledby="other-readings">
      <h3 id="other-readings">{t('otherReadings')}</h3>
      <p class="intro">{t('otherReadingsIntro')}</p>
      <ul>
        {readings.map((reading, i) => (
          <li key={i}>
            <p>{local(reading.text, lang)}</p>
            <p class="reading-source">
              <span class="field-label">{t('evidenceSource')}</span> {reading.source}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

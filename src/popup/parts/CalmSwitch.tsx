/**
 * The quick switch for how many mentions pages mark (the options page has the rest), a "mark this page
 * now" button in on-demand mode, and the legend of the five category lines.
 */
import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES, legendStyle, type Colours } from '../../core/highlight-categories';
import { DENSITIES, type Density } from '../../core/highlight-density';
import { useEnv } from '../env';

export function CalmSwitch() {
  const { host, t, tabId } = useEnv();
  const [calm, setCalm] = useState<{ density: Density; colours: Colours } | null>(null);
  useEffect(() => {
    host
      .calm?.()
      .then(setCalm)
      .catch(() => undefined);
  }, [host]);
  if (!calm || !host.setDensity) return null;
  const choose = (density: Density): void => {
    setCalm({ ...calm, density });
    host.setDensity?.(density).catch(() => undefined);
  };
  return (
    <div class="calm-switch">
      <label>
        <span>{t('popupDensityLabel')} </span>
        <select name="density" value={calm.density} onChange={(e) => choose(e.currentTarget.value as Density)}>
          {DENSITIES.map((d) => (
            <option key={d} value={d}>
              {t(`density_${d}`)}
            </option>
          ))}
        </select>
      </label>
      {calm.density === 'demand' && tabId !== null && (
        <button type="button" class="mark-now" onClick={() => void host.markNow?.(tabId).catch(() => undefined)}>
          {t('popupShowNow')}
        </button>
      )}
      <details class="legend">
        <summary>{t('popupLegendLabel')}</summary>
        <ul>
          {CATEGORIES.map((c) => (
            <li key={c} data-category={c}>
              <span class="legend-ground">
                <span class="legend-sample" style={legendStyle(c, calm.colours)}>
                  {t(`category_${c}`)}
                </span>
              </span>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}

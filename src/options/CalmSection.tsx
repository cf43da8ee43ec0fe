/**
 * How pages are marked: how many mentions (density), in which regions, and the five category styles
 * with the reader's own colours. Every change is saved at once, and open pages follow.
 */
import { CATEGORIES, colourHex, legendStyle } from '../core/highlight-categories';
import { DENSITIES, REGIONS, type Region } from '../core/highlight-density';
import type { Settings } from '../core/settings';
import type { Translate } from './i18n';

interface Props {
  settings: Settings;
  t: Translate;
  update(patch: Partial<Settings>): void;
}

export function CalmSection({ settings, t, update }: Props) {
  const toggleRegion = (region: Region, on: boolean): void =>
    update({
      shownRegions: on ? [...settings.shownRegions, region] : settings.shownRegions.filter((r) => r !== region),
    });
  return (
    <div class="calm">
      <fieldset>
        <legend>{t('optionsDensityLabel')}</legend>
        {DENSITIES.map((d) => (
          <label key={d} class="row">
            <input
              type="radio"
              name="density"
              value={d}
              checked={settings.density === d}
              onChange={() => update({ density: d })}
            />
            <span>{t(`density_${d}`)}</span>
          </label>
        ))}
        <p class="hint">{t('optionsDensityHint')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('optionsRegionsLabel')}</legend>
        {REGIONS.map((r) => (
          <label key={r} class="row">
            <input
              type="checkbox"
              name={`region-${r}`}
              checked={settings.shownRegions.includes(r)}
              onChange={(e) => toggleRegion(r, e.currentTarget.checked)}
            />
            <span>{t(`region_${r}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optionsLegendLabel')}</legend>
        <ul class="legend">
          {CATEGORIES.map((c) => [
            <li key={`${c}-sample`} data-category={c}>
              <span class="legend-ground">
                <span class="legend-sample" style={legendStyle(c, settings.colours)}>
                  {t(`category_${c}`)}
                </span>
              </span>
            </li>,
            <li key={`${c}-colour`}>
              <input
                type="color"
                name={`colour-${c}`}
                value={colourHex(c, settings.colours)}
                aria-label={t('optionsColourLabel', t(`category_${c}`))}
                onChange={(e) => update({ colours: { ...settings.colours, [c]: e.currentTarget.value } })}
              />
            </li>,
          ])}
        </ul>
        <button type="button" class="colours-reset" onClick={() => update({ colours: {} })}>
          {t('optionsColoursReset')}
        </button>
      </fieldset>
    </div>
  );
}

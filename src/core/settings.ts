/**
 * Reader settings: defaults, and a parser that turns whatever storage holds
 * (old, partial or corrupted values) into valid settings instead of breaking.
 */
import { isLanguageChoice, type LanguageChoice } from './ui-lang';
import { CATEGORIES, type Colours } from './highlight-categories';
import { isDensity, isRegion, type Density, type Region } from './highlight-density';

export type Renderer = 'paint' | 'wrap';

export interface Settings {
  /** Hosts where the reader switched highlighting off. */
  disabledHosts: string[];
  /** Accessible highlights: wrap mentions in focusable <mark> elements instead of painting them. */
  accessibleHighlights: boolean;
  /** Preview cards on hover, focus and next/previous mention. */
  previews: boolean;
  /** How long the pointer rests on a highlight before its card shows (ms). */
  hoverDelayMs: number;
  /** The reading trail (where topics were met): off until the reader switches it on in the options. */
  trailEnabled: boolean;
  /** The interface's language: "auto" follows the browser (context menu and shortcuts always do). */
  language: LanguageChoice;
  /** How many mentions the page paints (all stay listed in the popup): highlight-density.ts. */
  density: Density;
  /** Regions (headings, navigation, references…) the reader switched highlights back on in. */
  shownRegions: Region[];
  /** The reader's own colour per category ("#rrggbb"); missing ones use the defaults. */
  colours: Colours;
}

/** Bounds for hoverDelayMs: shorter flickers cards while the pointer crosses text, longer feels broken. */
export const HOVER_DELAY_RANGE = { min: 100, max: 3000 } as const;

export const DEFAULT_SETTINGS: Settings = {
  disabledHosts: [],
  accessibleHighlights: false,
  previews: true,
  hoverDelayMs: 500,
  trailEnabled: false,
  language: 'auto',
  // One mark per topic per section: the article stays readable, every topic is still found where it is
  // discussed, and the rest are one keystroke away (next/previous) and listed in the popup.
  density: 'section',
  shownRegions: [],
  colours: {},
};

export function parseSettings(stored: unknown): Settings {
  const raw = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const hosts = Array.isArray(raw.disabledHosts)
    ? raw.disabledHosts.filter((h): h is string => typeof h === 'string' && h.length > 0 && h.length < 260)
    : DEFAULT_SETTINGS.disabledHosts;
  return {
    disabledHosts: [...new Set(hosts)],
    accessibleHighlights:
      typeof raw.accessibleHighlights === 'boolean' ? raw.accessibleHighlights : DEFAULT_SETTINGS.accessibleHighlights,
    previews: typeof raw.previews === 'boolean' ? raw.previews : DEFAULT_SETTINGS.previews,
    hoverDelayMs: parseHoverDelay(raw.hoverDelayMs),
    // Only an explicit true switches the trail on: anything else keeps it off.
    trailEnabled: raw.trailEnabled === true,
    // An unknown language (a typo, one dropped in a later version) falls back to the browser's.
    language: isLanguageChoice(raw.language) ? raw.language : DEFAULT_SETTINGS.language,
    density: isDensity(raw.density) ? raw.density : DEFAULT_SETTINGS.density,
    shownRegions: Array.isArray(raw.shownRegions) ? [...new Set(raw.shownRegions.filter(isRegion))] : [],
    colours: parseColours(raw.colours),
  };
}

/** Only known categories with a "#rrggbb" value survive. */
function parseColours(value: unknown): Colours {
  if (typeof value !== 'object' || value === null) return {};
  const raw = value as Record<string, unknown>;
  const out: Colours = {};
  for (const c of CATEGORIES) {
    const v = raw[c];
    if (typeof v === 'string' && /^#[0-9a-f]{6}$/i.test(v)) out[c] = v.toLowerCase();
  }
  return out;
}

/** A finite number, rounded and kept in range; anything else (a string, NaN, null) is the default. */
function parseHoverDelay(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_SETTINGS.hoverDelayMs;
  return Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, Math.round(value)));
}

/** The key a page's highlighting switch is remembered under: its host, or "file:" for local files. */
export function siteKey(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'file:' ? 'file:' : u.host;
  } catch {
    return '';
  }
}

export function isSiteEnabled(settings: Settings, url: string): boolean {
  // Most readers switch no site off: no address to parse (every frame asks, at its start).
  return settings.disabledHosts.length === 0 || !settings.disabledHosts.includes(siteKey(url));
}

export function withSiteEnabled(settings: Settings, host: string, enabled: boolean): Settings {
  const others = settings.disabledHosts.filter((h) => h !== host);
  return { ...settings, disabledHosts: enabled ? others : [...others, host] };
}

export function chooseRenderer(settings: Settings, highlightApiAvailable: boolean): Renderer {
  return settings.accessibleHighlights || !highlightApiAvailable ? 'wrap' : 'paint';
}

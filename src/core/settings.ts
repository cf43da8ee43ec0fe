/**
 * Reader settings: defaults, and a parser that turns whatever storage holds
 * (old, partial or corrupted values) into valid settings instead of breaking.
 */
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
}

/** Bounds for hoverDelayMs: shorter flickers cards while the pointer crosses text, longer feels broken. */
export const HOVER_DELAY_RANGE = { min: 100, max: 3000 } as const;

export const DEFAULT_SETTINGS: Settings = {
  disabledHosts: [],
  accessibleHighlights: false,
  previews: true,
  hoverDelayMs: 500,
  trailEnabled: false,
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
  };
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
  return !settings.disabledHosts.includes(siteKey(url));
}

export function withSiteEnabled(settings: Settings, host: string, enabled: boolean): Settings {
  const others = settings.disabledHosts.filter((h) => h !== host);
  return { ...settings, disabledHosts: enabled ? others : [...others, host] };
}

export function chooseRenderer(settings: Settings, highlightApiAvailable: boolean): Renderer {
  return settings.accessibleHighlights || !highlightApiAvailable ? 'wrap' : 'paint';
}

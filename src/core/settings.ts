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
}

export const DEFAULT_SETTINGS: Settings = {
  disabledHosts: [],
  accessibleHighlights: false,
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
  };
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

/**
 * Which of a page's mentions get painted. Every mention stays listed (popup, next/previous, "Show on
 * page"); density only decides how many the page itself shows, so a long article is not a wall of marks.
 */

/** every: all mentions; section: the first of each topic in each section; paper: only topics the paper
 * discusses; demand: none until the reader asks. */
export type Density = 'every' | 'section' | 'paper' | 'demand';
export const DENSITIES: readonly Density[] = ['section', 'every', 'paper', 'demand'];

/** Page regions where marks are off by default: they repeat the text or are not read as prose. */
export type Region = 'title' | 'headings' | 'navigation' | 'toc' | 'references' | 'captions';
export const REGIONS: readonly Region[] = ['title', 'headings', 'navigation', 'toc', 'references', 'captions'];

/** What the page tells us about one mention, in document order. */
export interface DensityItem {
  topic: string;
  /** Index of the section (by headings) the mention is in. */
  section: number;
  /** The skipped region it sits in, or null for running text. */
  region: Region | null;
}

export interface DensityOptions {
  density: Density;
  /** Regions the reader switched back on. */
  shownRegions: ReadonlySet<Region>;
  /** Topics the paper discusses (with at least one of its points). */
  discussed(topic: string): boolean;
  /** On-demand mode: the reader asked for this page's highlights. */
  asked: boolean;
}

/** True for each item that gets painted. */
export function choosePainted(items: readonly DensityItem[], options: DensityOptions): boolean[] {
  if (sectionsInOrder(items.map((item) => item.section))) return items.map(paintChooser(options));
  // Sections out of order (not a page's document order): every (section, topic) pair is remembered.
  const { density, shownRegions } = options;
  if (density === 'demand' && !options.asked) return items.map(() => false);
  const seen = new Set<string>();
  return items.map((item) => {
    if (item.region && !shownRegions.has(item.region)) return false;
    if (density === 'paper') return options.discussed(item.topic);
    if (density !== 'section') return true;
    const key = `${item.section}\u0000${item.topic}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whether no item's section is lower than the one before it (as in document order). */
export function sectionsInOrder(sections: readonly number[]): boolean {
  for (let i = 1; i < sections.length; i++) if ((sections[i] as number) < (sections[i - 1] as number)) return false;
  return true;
}

/**
 * Decides item by item, for items whose sections never decrease (document order: check with
 * sectionsInOrder). Keeps one number per topic, not a key per item: a page re-decides every mention
 * each time it changes. The chooser keeps nothing of the item it is given (a caller may reuse one).
 */
export function paintChooser(options: DensityOptions): (item: DensityItem) => boolean {
  const { density, shownRegions } = options;
  // The section each topic was last painted in: with sections in order, the only one it can recur in.
  const paintedIn = new Map<string, number>();
  return (item) => {
    if (density === 'demand' && !options.asked) return false;
    if (item.region && !shownRegions.has(item.region)) return false;
    if (density === 'paper') return options.discussed(item.topic);
    if (density !== 'section') return true;
    if (paintedIn.get(item.topic) === item.section) return false;
    paintedIn.set(item.topic, item.section);
    return true;
  };
}

export function isDensity(value: unknown): value is Density {
  return typeof value === 'string' && (DENSITIES as readonly string[]).includes(value);
}

export function isRegion(value: unknown): value is Region {
  return typeof value === 'string' && (REGIONS as readonly string[]).includes(value);
}

/**
 * The shell around core/highlight-density.ts: reads each mention's section and region from the page
 * and returns the mentions the page paints. The rest stay listed (popup, next/previous).
 */
import { choosePainted, type Density, type Region } from '../core/highlight-density';
import { regionOf, styleOfTopic, type RegionPass } from './mention-look';
import { sectionsOf } from './mention-sections';
import type { PageMention } from './page-mention';

/** How many mentions the page paints (every mention stays listed): see core/highlight-density.ts. */
export interface CalmOptions {
  density: Density;
  shownRegions: readonly Region[];
  /** On-demand density: the reader asked for this page's highlights. */
  asked: boolean;
}

/** The mentions density and regions let the page paint. */
export function chooseCalm(doc: Document, mentions: readonly PageMention[], calm: CalmOptions): PageMention[] {
  const { density } = calm;
  if (density === 'demand' && !calm.asked) return [];
  const sections = density === 'section' ? sectionsOf(mentions, doc) : null;
  // Mentions in one block share their ancestors: each ancestor is matched against the regions once.
  const pass: RegionPass = new Map();
  const items = mentions.map((m, i) => ({ topic: m.topic, section: sections?.[i] ?? 0, region: regionOf(m, pass) }));
  const keep = choosePainted(items, {
    density,
    asked: calm.asked,
    shownRegions: new Set(calm.shownRegions),
    discussed: (topic) => styleOfTopic(topic).discussed,
  });
  return mentions.filter((_, i) => keep[i]);
}

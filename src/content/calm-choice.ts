/**
 * The shell around core/highlight-density.ts: reads each mention's section and region from the page
 * and returns the mentions the page paints. The rest stay listed (popup, next/previous).
 */
import {
  choosePainted,
  paintChooser,
  sectionsInOrder,
  type Density,
  type DensityItem,
  type Region,
} from '../core/highlight-density';
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

/**
 * The mentions density and regions let the page paint. Runs over every mention each time the page
 * changes, so it builds nothing per mention but the result.
 */
export function chooseCalm(doc: Document, mentions: readonly PageMention[], calm: CalmOptions): PageMention[] {
  const { density } = calm;
  if (density === 'demand' && !calm.asked) return [];
  const sections = density === 'section' ? sectionsOf(mentions, doc) : null;
  // Mentions in one block share their ancestors: each ancestor is matched against the regions once.
  const pass: RegionPass = new Map();
  const options = {
    density,
    asked: calm.asked,
    shownRegions: new Set(calm.shownRegions),
    discussed: (topic: string) => styleOfTopic(topic).discussed,
  };
  if (sections && !sectionsInOrder(sections)) {
    const items = mentions.map((m, i) => ({ topic: m.topic, section: sections[i] ?? 0, region: regionOf(m, pass) }));
    const keep = choosePainted(items, options);
    return mentions.filter((_, i) => keep[i]);
  }
  const choose = paintChooser(options);
  const item: DensityItem = { topic: '', section: 0, region: null };
  const out: PageMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as PageMention;
    item.topic = m.topic;
    item.section = sections?.[i] ?? 0;
    item.region = regionOf(m, pass);
    if (choose(item)) out.push(m);
  }
  return out;
}

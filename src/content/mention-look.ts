/**
 * What the page says about a mention's look: its topic's category, the region it sits in (title,
 * headings, navigation…), and the background under it (dark pages get the dark palette, and a tint
 * that would take text under AA gets none). Read once per mention or element and remembered.
 */
// Only the topic ids: a named import keeps the rest of the matcher out of content.js (JSON tree-shaking).
import { topics as matcherTopics } from 'ssn:compiled-matcher';
import topicStyles from 'ssn:topic-styles';
import { chooseScheme, effectiveBackground, isDark, parseColour, type Rgba, type Scheme } from '../core/contrast';
import { decodeTopicStyle, tintOf, type Category, type TopicStyle } from '../core/highlight-categories';
import type { Region } from '../core/highlight-density';
import type { PageMention } from './page-mention';

let styles: Map<string, TopicStyle> | null = null;

export function styleOfTopic(topic: string): TopicStyle {
  styles ??= new Map(matcherTopics.map((id, i) => [id, decodeTopicStyle(topicStyles[i])]));
  return styles.get(topic) ?? { category: 'concept', discussed: false };
}

/** Selectors of the regions highlights skip by default; closest() tests each mention's element once. */
const REGION_SELECTORS: readonly [Region, string][] = [
  ['title', 'h1,[role=heading][aria-level="1"]'],
  ['headings', 'h2,h3,h4,h5,h6,[role=heading],.mw-heading'],
  ['navigation', 'nav,[role=navigation],.navbox,.vertical-navbox,.sidebar,.hatnote'],
  ['toc', '.toc,#toc,.vector-toc,[role=doc-toc]'],
  ['references', '.references,.reflist,.refbegin,[role=doc-bibliography],[role=doc-endnotes]'],
  ['captions', 'figcaption,caption,.thumbcaption,.gallerytext'],
];

const regions = new WeakMap<Element, Region | null>();

export function regionOf(m: PageMention): Region | null {
  const el = m.startNode.parentElement;
  if (!el) return null;
  let region = regions.get(el);
  if (region === undefined) {
    region = null;
    for (const [name, selector] of REGION_SELECTORS) if (el.closest(selector)) region = region ?? name;
    regions.set(el, region);
  }
  return region;
}

/** Each mention's section: the number of headings before it (mentions and headings both in document order). */
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/** Sections found so far, valid while the page's headings stay the same elements. */
let known = { headings: [] as Element[], of: new WeakMap<PageMention, number>() };

/**
 * Each mention's section: the number of headings before it. One merge of the mentions not yet placed
 * with the headings (both in document order), so a rescan places only the new ones.
 */
export function sectionsOf(mentions: readonly PageMention[], doc: Document): number[] {
  const headings = [...doc.querySelectorAll('h1,h2,h3,h4,h5,h6')];
  if (headings.length !== known.headings.length || headings.some((h, i) => h !== known.headings[i]))
    known = { headings, of: new WeakMap() };
  let next = 0;
  for (const m of mentions) {
    if (known.of.has(m)) continue;
    // A heading "precedes" the text inside it too: that text opens the heading's section.
    while (next < headings.length && (headings[next] as Element).compareDocumentPosition(m.startNode) & FOLLOWING)
      next++;
    known.of.set(m, next);
  }
  return mentions.map((m) => known.of.get(m) ?? 0);
}

export interface Look {
  category: Category;
  scheme: Scheme;
  /** The background under the mention is dark: the card goes dark too. */
  dark: boolean;
}

const backgrounds = new WeakMap<Element, Rgba>();

/** The colour an element's text sits on: its own or its nearest painted ancestor's background. */
function backgroundOf(el: Element, win: Window): Rgba {
  const known = backgrounds.get(el);
  if (known) return known;
  const layers: Rgba[] = [];
  let cur: Element | null = el;
  let found: Rgba | null = null;
  for (; cur; cur = cur.parentElement) {
    const cached = backgrounds.get(cur);
    if (cached) {
      layers.push(cached);
      break;
    }
    const c = parseColour(win.getComputedStyle(cur).backgroundColor);
    if (c && c.a > 0) layers.push(c);
    if (c && c.a >= 1) break;
  }
  found = effectiveBackground(layers);
  backgrounds.set(el, found);
  return found;
}

const looks = new WeakMap<PageMention, Look>();

export function lookOf(m: PageMention): Look {
  let look = looks.get(m);
  if (look) return look;
  const { category } = styleOfTopic(m.topic);
  const el = m.startNode.parentElement;
  const win = el?.ownerDocument.defaultView;
  if (!el || !win) return { category, scheme: 'light', dark: false };
  const background = backgroundOf(el, win);
  const text = parseColour(win.getComputedStyle(el).color) ?? { r: 0, g: 0, b: 0, a: 1 };
  look = { category, scheme: chooseScheme(background, text, (s) => tintOf(category, s)), dark: isDark(background) };
  looks.set(m, look);
  return look;
}

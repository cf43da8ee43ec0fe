/**
 * What the page says about a mention's look: its topic's category, the region it sits in (title,
 * headings, navigation…), and the background under it (dark pages get the dark palette, and a tint
 * that would take text under AA gets none). Read once per mention or element and remembered.
 */
// Only the topic ids: a named import keeps the rest of the matcher out of content.js (JSON tree-shaking).
import { topics as matcherTopics } from 'ssn:compiled-matcher';
import topicStyles from 'ssn:topic-styles';
import {
  chooseScheme,
  effectiveBackground,
  isDark,
  parseColour,
  WHITE,
  type Rgba,
  type Scheme,
} from '../core/contrast';
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

/**
 * The regions an element sits in, as bits in REGION_SELECTORS' order: its own matches and its parent's.
 * Kept for one pass only (chooseCalm's), so siblings share their ancestors' matches without a page
 * that later restyles an ancestor being read from an old answer.
 */
export type RegionPass = Map<Element, number>;

function regionBits(el: Element, pass: RegionPass): number {
  const path: Element[] = [];
  let bits = 0;
  let cur: Element | null = el;
  for (; cur; cur = cur.parentElement) {
    const known = pass.get(cur);
    if (known !== undefined) {
      bits = known;
      break;
    }
    path.push(cur);
  }
  // Outermost first: each element's bits are its own matches and its parent's.
  for (let i = path.length - 1; i >= 0; i--) {
    const node = path[i] as Element;
    for (let bit = 0; bit < REGION_SELECTORS.length; bit++) {
      if (!(bits & (1 << bit)) && node.matches((REGION_SELECTORS[bit] as [Region, string])[1])) bits |= 1 << bit;
    }
    pass.set(node, bits);
  }
  return bits;
}

/** The first region (in REGION_SELECTORS' order) the mention's element or an ancestor of it is in. */
export function regionOf(m: PageMention, pass: RegionPass = new Map()): Region | null {
  const el = m.startNode.parentElement;
  if (!el) return null;
  let region = regions.get(el);
  if (region === undefined) {
    const bits = regionBits(el, pass);
    const first = REGION_SELECTORS.findIndex((_, bit) => bits & (1 << bit));
    region = first < 0 ? null : (REGION_SELECTORS[first] as [Region, string])[0];
    regions.set(el, region);
  }
  return region;
}

export interface Look {
  category: Category;
  scheme: Scheme;
  /** The background under the mention is dark: the card goes dark too. */
  dark: boolean;
}

const backgrounds = new WeakMap<Element, Rgba>();

/**
 * Colours by their computed text ("rgb(0, 0, 0)"), and blended backgrounds by value: a page has a
 * handful of each, so thousands of elements share a few objects (and the looks made from them).
 */
const parsed = new Map<string, Rgba | null>();
const blended = new Map<string, Rgba>();
/** Past this many distinct colours a page is not worth remembering them for. */
const MAX_KNOWN_COLOURS = 256;

function colourOf(text: string): Rgba | null {
  let colour = parsed.get(text);
  if (colour === undefined) {
    colour = parseColour(text);
    if (parsed.size < MAX_KNOWN_COLOURS) parsed.set(text, colour);
  }
  return colour;
}

function sharedBlend(colour: Rgba): Rgba {
  const key = `${colour.r},${colour.g},${colour.b},${colour.a}`;
  const known = blended.get(key);
  if (known) return known;
  if (blended.size < MAX_KNOWN_COLOURS) blended.set(key, colour);
  return colour;
}

/**
 * The colour an element's text sits on: its own or its nearest painted ancestor's background. Every
 * element climbed through is remembered too, so the next mention nearby stops at its first known ancestor.
 */
function backgroundOf(el: Element, win: Window): Rgba {
  const known = backgrounds.get(el);
  if (known) return known;
  const layers: Rgba[] = [];
  // Each climbed element with the index of its layer's place in layers (layers below it are its ancestors').
  const path: [Element, number][] = [];
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const cached = backgrounds.get(cur);
    if (cached) {
      layers.push(cached);
      break;
    }
    path.push([cur, layers.length]);
    const c = colourOf(win.getComputedStyle(cur).backgroundColor);
    if (c && c.a > 0) layers.push(c);
    if (c && c.a >= 1) break;
  }
  // Elements without a background of their own share the one below them: one blend per layer.
  let from = -1;
  let below: Rgba = WHITE;
  for (const [node, at] of path) {
    if (at !== from) {
      from = at;
      below = sharedBlend(effectiveBackground(layers.slice(at)));
    }
    backgrounds.set(node, below);
  }
  return backgrounds.get(el) ?? effectiveBackground(layers);
}

/** Each element's text colour, read once. */
const textColours = new WeakMap<Element, Rgba>();
const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 };

function textColourOf(el: Element, win: Window): Rgba {
  let colour = textColours.get(el);
  if (!colour) {
    colour = colourOf(win.getComputedStyle(el).color) ?? BLACK;
    textColours.set(el, colour);
  }
  return colour;
}

const looks = new WeakMap<PageMention, Look>();
/** One look per background, text colour and category (their objects are shared: see colourOf). */
const sharedLooks = new WeakMap<Rgba, WeakMap<Rgba, Map<Category, Look>>>();

function lookFor(background: Rgba, text: Rgba, category: Category): Look {
  let byText = sharedLooks.get(background);
  if (!byText) sharedLooks.set(background, (byText = new WeakMap<Rgba, Map<Category, Look>>()));
  let byCategory = byText.get(text);
  if (!byCategory) byText.set(text, (byCategory = new Map<Category, Look>()));
  let look = byCategory.get(category);
  if (!look) {
    look = { category, scheme: chooseScheme(background, text, (s) => tintOf(category, s)), dark: isDark(background) };
    byCategory.set(category, look);
  }
  return look;
}

export function lookOf(m: PageMention): Look {
  let look = looks.get(m);
  if (look) return look;
  const { category } = styleOfTopic(m.topic);
  const el = m.startNode.parentElement;
  const win = el?.ownerDocument.defaultView;
  if (!el || !win) return { category, scheme: 'light', dark: false };
  look = lookFor(backgroundOf(el, win), textColourOf(el, win), category);
  looks.set(m, look);
  return look;
}

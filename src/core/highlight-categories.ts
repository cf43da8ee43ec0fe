/**
 * Highlight style by category: a soft tint plus an underline whose *shape* differs per category, so
 * the five stay apart in greyscale and for colour-blind readers. No red and no wavy line: nothing a
 * reader could take for a spelling mark. The CSS is generated here (content.css at build time, the
 * reader's own colours at run time), so the legend, the page and the tests share one definition.
 */
import type { TopicKind } from './kb-types';
import { over, parseColour, type Rgba } from './contrast';

export type Category = 'person' | 'event' | 'document' | 'place' | 'concept';
export const CATEGORIES: readonly Category[] = ['person', 'event', 'document', 'place', 'concept'];

/** Treaties and documents are one category for the reader: both are texts with a date and signatories. */
export function categoryOf(kind: TopicKind): Category {
  return kind === 'treaty' ? 'document' : kind;
}

export interface CategoryLook {
  /** text-decoration: line and style ('none' for no line). */
  line: 'solid' | 'dashed' | 'double' | 'dotted' | 'none';
  /** Underline thickness in px. */
  thickness: number;
  /** Tint strength on light and dark pages: as strong as keeps Wikipedia's link blue at AA on its grey. */
  alpha: { light: number; dark: number };
}

export const LOOKS: Readonly<Record<Category, CategoryLook>> = {
  person: { line: 'solid', thickness: 2, alpha: { light: 0.08, dark: 0.3 } },
  event: { line: 'dashed', thickness: 2, alpha: { light: 0.1, dark: 0.3 } },
  document: { line: 'double', thickness: 3, alpha: { light: 0.08, dark: 0.3 } },
  place: { line: 'dotted', thickness: 3, alpha: { light: 0.09, dark: 0.3 } },
  // No line: a fuller tint alone (the one category without a line is distinct by that).
  concept: { line: 'none', thickness: 0, alpha: { light: 0.11, dark: 0.3 } },
};

/** Default colours: blue, amber, violet, teal, slate. No red anywhere. */
export const DEFAULT_COLOURS: Readonly<Record<Category, string>> = {
  person: '#2f5fb3',
  event: '#b36b00',
  document: '#6b46a8',
  place: '#1d7f6e',
  concept: '#7a8699',
};

export type Colours = Partial<Record<Category, string>>;

export function colourOf(category: Category, colours: Colours = {}): Rgba {
  return parseColour(colours[category] ?? '') ?? (parseColour(DEFAULT_COLOURS[category]) as Rgba);
}

/** The tint painted under a mention of this category. */
export function tintOf(category: Category, scheme: 'light' | 'dark', colours: Colours = {}): Rgba {
  return { ...colourOf(category, colours), a: LOOKS[category].alpha[scheme] };
}

/** The underline: the colour itself on light pages, lifted towards white on dark ones to stay visible. */
export function lineColourOf(category: Category, scheme: 'light' | 'dark', colours: Colours = {}): Rgba {
  const c = colourOf(category, colours);
  return scheme === 'light' ? c : over({ r: 255, g: 255, b: 255, a: 0.55 }, c);
}

const css = (c: Rgba): string =>
  c.a >= 1
    ? `rgb(${Math.round(c.r)},${Math.round(c.g)},${Math.round(c.b)})`
    : `rgba(${Math.round(c.r)},${Math.round(c.g)},${Math.round(c.b)},${c.a})`;

/** Highlight names are seen by page scripts (the registry is shared): ours, and obvious. */
export const highlightName = (category: Category, scheme: 'light' | 'dark' | 'line'): string =>
  `sino-soviet-notes-${category}-${scheme}`;

/** The class a wrapped mark carries for its category and scheme. */
export const markClass = (category: Category, scheme: 'light' | 'dark' | 'line'): string => `ssn-${category}-${scheme}`;

function declarations(category: Category, scheme: 'light' | 'dark' | 'line', colours: Colours): string {
  const look = LOOKS[category];
  const lineScheme = scheme === 'dark' ? 'dark' : 'light';
  const parts: string[] = [];
  if (scheme !== 'line') parts.push(`background-color:${css(tintOf(category, scheme, colours))}`);
  // Underline-only scheme: in the text's own colour, so it is as visible as the text.
  const lineColour = scheme === 'line' ? 'currentColor' : css(lineColourOf(category, lineScheme, colours));
  const line = look.line === 'none' && scheme === 'line' ? 'solid' : look.line;
  if (line === 'none') parts.push('text-decoration:none');
  else
    parts.push(
      `text-decoration:underline ${line} ${lineColour}`,
      `text-decoration-thickness:${look.thickness || 1}px`,
      'text-underline-offset:3px',
    );
  return parts.join(';');
}

/** CSS for every category and scheme: ::highlight() rules for painted mentions, classes for wrapped marks. */
export function highlightCss(colours: Colours = {}): string {
  const rules: string[] = [];
  for (const category of CATEGORIES) {
    for (const scheme of ['light', 'dark', 'line'] as const) {
      const body = declarations(category, scheme, colours);
      rules.push(`::highlight(${highlightName(category, scheme)}){${body}}`);
      rules.push(`mark.ssn-mark.${markClass(category, scheme)}{${body}}`);
    }
  }
  return rules.join('\n') + '\n';
}

/**
 * Per-topic style data as content.js carries it: one character per topic of the compiled matcher, in
 * its order. The letter is the category (p e d l c); upper case when the paper discusses the topic.
 */
const LETTERS: Readonly<Record<Category, string>> = {
  person: 'p',
  event: 'e',
  document: 'd',
  place: 'l',
  concept: 'c',
};

export function encodeTopicStyles(topics: readonly { kind: TopicKind; theses: readonly string[] }[]): string {
  return topics
    .map((t) => {
      const letter = LETTERS[categoryOf(t.kind)];
      return t.theses.length ? letter.toUpperCase() : letter;
    })
    .join('');
}

export interface TopicStyle {
  category: Category;
  discussed: boolean;
}

export function decodeTopicStyle(code: string | undefined): TopicStyle {
  const lower = (code ?? 'c').toLowerCase();
  const category = CATEGORIES.find((c) => LETTERS[c] === lower) ?? 'concept';
  return { category, discussed: code !== undefined && code !== lower };
}

/** Inline style of a legend sample (popup and options): the light-page look of the category. */
export function legendStyle(category: Category, colours: Colours = {}): Record<string, string> {
  const look = LOOKS[category];
  const line = lineColourOf(category, 'light', colours);
  return {
    'background-color': css(tintOf(category, 'light', colours)),
    'text-decoration': look.line === 'none' ? 'none' : `underline ${look.line} ${css(line)}`,
    'text-decoration-thickness': `${look.thickness || 1}px`,
    'text-underline-offset': '3px',
  };
}

/** "#rrggbb" of a category's colour, for a colour input. */
export function colourHex(category: Category, colours: Colours = {}): string {
  return colours[category] ?? DEFAULT_COLOURS[category];
}

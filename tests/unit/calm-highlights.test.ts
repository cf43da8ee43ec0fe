import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AA, chooseScheme, contrast, effectiveBackground, isDark, over, parseColour } from '../../src/core/contrast';
import {
  CATEGORIES,
  DEFAULT_COLOURS,
  LOOKS,
  categoryOf,
  decodeTopicStyle,
  encodeTopicStyles,
  highlightCss,
  lineColourOf,
  tintOf,
} from '../../src/core/highlight-categories';
import {
  choosePainted,
  paintChooser,
  sectionsInOrder,
  type DensityItem,
  type DensityOptions,
} from '../../src/core/highlight-density';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/core/settings';

const items: DensityItem[] = [
  { topic: 'mao', section: 0, region: 'title' },
  { topic: 'mao', section: 0, region: null },
  { topic: 'mao', section: 0, region: null },
  { topic: 'stalin', section: 0, region: null },
  { topic: 'mao', section: 1, region: 'headings' },
  { topic: 'mao', section: 1, region: null },
  { topic: 'brezhnev', section: 1, region: null },
  { topic: 'mao', section: 1, region: 'references' },
];
const base: DensityOptions = {
  density: 'every',
  shownRegions: new Set(),
  discussed: (t) => t !== 'brezhnev',
  asked: false,
};
const count = (o: Partial<DensityOptions>): number => choosePainted(items, { ...base, ...o }).filter(Boolean).length;

describe('density', () => {
  it('paints every mention of running text, none in skipped regions', () => {
    expect(count({})).toBe(5);
    expect(count({ shownRegions: new Set(['title', 'headings', 'references'] as const) })).toBe(8);
  });
  it('paints the first mention of each topic in each section', () => {
    expect(choosePainted(items, { ...base, density: 'section' })).toEqual([
      false,
      true,
      false,
      true,
      false,
      true,
      true,
      false,
    ]);
    // A heading shown again takes the section's first mark.
    expect(choosePainted(items, { ...base, density: 'section', shownRegions: new Set(['headings'] as const) })[4]).toBe(
      true,
    );
  });
  it('decides item by item as it does for the whole list, when sections are in order', () => {
    for (const density of ['every', 'section', 'paper'] as const) {
      const choose = paintChooser({ ...base, density });
      expect(items.map((item) => choose({ ...item }))).toEqual(choosePainted(items, { ...base, density }));
    }
    expect(sectionsInOrder(items.map((i) => i.section))).toBe(true);
  });
  it('keeps every section of a topic apart when sections are out of order', () => {
    const shuffled: DensityItem[] = [
      { topic: 'mao', section: 1, region: null },
      { topic: 'mao', section: 0, region: null },
      { topic: 'mao', section: 1, region: null },
    ];
    expect(sectionsInOrder(shuffled.map((i) => i.section))).toBe(false);
    expect(choosePainted(shuffled, { ...base, density: 'section' })).toEqual([true, true, false]);
  });
  it('paints only topics the paper discusses', () => expect(count({ density: 'paper' })).toBe(4));
  it('paints nothing on demand until the reader asks', () => {
    expect(count({ density: 'demand' })).toBe(0);
    expect(count({ density: 'demand', asked: true })).toBe(5);
  });
});

describe('contrast', () => {
  it('follows WCAG 2', () => {
    expect(contrast(parseColour('#000000')!, parseColour('#ffffff')!)).toBeCloseTo(21, 5);
    expect(contrast(parseColour('rgb(118, 118, 118)')!, parseColour('#ffffff')!)).toBeCloseTo(4.54, 2);
  });
  it('reads computed colours in both syntaxes', () => {
    expect(parseColour('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseColour('rgb(10 20 30 / 50%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(parseColour('transparent')).toBeNull();
  });
  it('finds the background a mention sits on, blending translucent layers onto white', () => {
    const dark = parseColour('rgb(18, 18, 18)')!;
    expect(effectiveBackground([{ r: 0, g: 0, b: 0, a: 0 }, dark])).toEqual(dark);
    expect(effectiveBackground([])).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(isDark(effectiveBackground([{ r: 0, g: 0, b: 0, a: 0.5 }]))).toBe(false);
  });
  it('keeps text at AA and the underline visible on dark and light pages, for every category', () => {
    const pages = [
      { bg: '#121212', texts: ['#e8e8e8', '#8ab4f8', '#c58af9'] },
      { bg: '#202124', texts: ['#bdc1c6', '#8ab4f8'] },
      { bg: '#000000', texts: ['#ffffff', '#6fa8ff'] },
      { bg: '#ffffff', texts: ['#202122', '#3366cc', '#0645ad'] },
      { bg: '#f8f9fa', texts: ['#202122', '#3366cc'] },
    ];
    for (const page of pages) {
      const bg = parseColour(page.bg)!;
      for (const t of page.texts) {
        const text = parseColour(t)!;
        for (const c of CATEGORIES) {
          const scheme = chooseScheme(bg, text, (s) => tintOf(c, s));
          expect(scheme, `${c} ${t} on ${page.bg}`).not.toBe('line');
          const fill = over(tintOf(c, scheme as 'light' | 'dark'), bg);
          expect(contrast(text, fill), `${c} text ${t} on ${page.bg}`).toBeGreaterThanOrEqual(AA);
          if (LOOKS[c].line !== 'none')
            expect(contrast(lineColourOf(c, scheme as 'light' | 'dark'), fill), `${c} line`).toBeGreaterThanOrEqual(3);
        }
      }
    }
  });
  it('falls back to an underline without tint where the tint would take text under AA', () => {
    const bg = parseColour('#5a5a5a')!;
    const text = parseColour('#ffffff')!;
    expect(chooseScheme(bg, text, () => ({ r: 255, g: 255, b: 255, a: 0.6 }))).toBe('line');
  });
});

describe('categories', () => {
  it('maps topic kinds to five reader categories, treaties with documents', () => {
    expect(categoryOf('treaty')).toBe('document');
    expect(categoryOf('person')).toBe('person');
  });
  it('gives every category a different line, and no red or wavy line', () => {
    expect(new Set(CATEGORIES.map((c) => `${LOOKS[c].line}`)).size).toBe(5);
    expect(highlightCss()).not.toMatch(/wavy/);
    for (const c of CATEGORIES) {
      const { r, g, b } = parseColour(DEFAULT_COLOURS[c])!;
      const max = Math.max(r, g, b);
      const min = Math.min(r, g, b);
      // Hue in degrees: red is within 25 of 0 (a saturated one; greys have no hue).
      const hue = max === r ? (60 * (g - b)) / (max - min) : 0;
      expect(max === r && max - min > 40 && (hue < 25 || hue > 335), `${c} is red`).toBe(false);
    }
  });
  it('encodes category and "discussed" in one character per topic', () => {
    const code = encodeTopicStyles([
      { kind: 'person', theses: ['x'] },
      { kind: 'treaty', theses: [] },
      { kind: 'place', theses: [] },
    ]);
    expect(code).toBe('Pdl');
    expect(decodeTopicStyle(code[0])).toEqual({ category: 'person', discussed: true });
    expect(decodeTopicStyle(code[1])).toEqual({ category: 'document', discussed: false });
    expect(decodeTopicStyle(code[2])).toEqual({ category: 'place', discussed: false });
  });
  it('uses the reader colours where given', () => {
    expect(highlightCss({ person: '#008000' })).toContain('rgba(0,128,0,0.08)');
  });
  it('content.css carries the generated default styles', () => {
    const built = readFileSync(new URL('../../static/content.css', import.meta.url), 'utf8');
    const bare = (css: string): string => css.replace(/\s+/g, '').replace(/;}/g, '}');
    // Formatted by prettier in the file: compared without whitespace.
    expect(bare(built)).toContain(bare(highlightCss()));
  });
});

describe('calm settings', () => {
  it('defaults to the first mention per topic and section, with regions off', () => {
    expect(DEFAULT_SETTINGS.density).toBe('section');
    expect(DEFAULT_SETTINGS.shownRegions).toEqual([]);
  });
  it('keeps only valid densities, regions and colours', () => {
    const s = parseSettings({
      density: 'loud',
      shownRegions: ['headings', 'nope', 'headings', 4],
      colours: { person: '#AABBCC', event: 'red', ghost: '#000000' },
    });
    expect(s.density).toBe('section');
    expect(s.shownRegions).toEqual(['headings']);
    expect(s.colours).toEqual({ person: '#aabbcc' });
    expect(parseSettings({ density: 'demand' }).density).toBe('demand');
  });
});

describe('card placement on a phone', () => {
  it('takes at most 45% of a 390×844 viewport and never covers the tapped word', async () => {
    const { placeCard } = await import('../../src/content/previews/placement');
    const viewport = { left: 0, top: 0, width: 390, height: 844 };
    for (const top of [60, 300, 420, 600, 800]) {
      const word = { left: 40, top, width: 60, height: 20 };
      const card = { width: 374, height: 900 };
      const p = placeCard(word, card, viewport, false);
      const height = Math.min(card.height, p.maxHeight);
      expect((card.width * height) / (390 * 844)).toBeLessThanOrEqual(0.45);
      const overlaps = p.top < word.top + word.height && word.top < p.top + height;
      expect(overlaps, `word at ${top}`).toBe(false);
    }
  });
});

/**
 * WCAG 2 colour arithmetic for highlights on any page: what the text and the underline look like on
 * our tint over the page's own background, and which palette keeps text at AA (4.5:1).
 */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

export const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/** "rgb(1, 2, 3)", "rgba(1, 2, 3, 0.5)", "rgb(1 2 3 / 50%)" or "#rrggbb"; null for anything else. */
export function parseColour(text: string): Rgba | null {
  const hex = /^#([0-9a-f]{6})$/i.exec(text.trim());
  if (hex) {
    const n = parseInt(hex[1] as string, 16);
    return { r: n >> 16, g: (n >> 8) & 255, b: n & 255, a: 1 };
  }
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/i.exec(text.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: Math.min(1, Math.max(0, alpha)) };
}

/** top painted over bottom (bottom opaque). */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number): number => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

export function luminance(c: Rgba): number {
  const lin = (v: number): number => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

export function contrast(a: Rgba, b: Rgba): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * The first opaque-enough background among an element's ancestors (innermost first), blended down
 * onto white where every layer is translucent: what a mention's text actually sits on.
 */
export function effectiveBackground(layers: readonly Rgba[]): Rgba {
  let colour: Rgba | null = null;
  const stack: Rgba[] = [];
  for (const layer of layers) {
    if (layer.a <= 0) continue;
    stack.push(layer);
    if (layer.a >= 1) break;
  }
  for (let i = stack.length - 1; i >= 0; i--) colour = over(stack[i] as Rgba, colour ?? WHITE);
  return colour ?? WHITE;
}

/** light: tinted for light pages; dark: tinted for dark pages; line: underline only (no tint keeps AA). */
export type Scheme = 'light' | 'dark' | 'line';

/** Darker than this, a page gets the dark palette (and a dark card). */
const DARK_BELOW = 0.2;

export const AA = 4.5;

export function isDark(background: Rgba): boolean {
  return luminance(background) < DARK_BELOW;
}

/** The scheme for text of colour `text` on `background`, given the category's tints. */
export function chooseScheme(background: Rgba, text: Rgba, tintOf: (scheme: 'light' | 'dark') => Rgba): Scheme {
  const scheme = isDark(background) ? 'dark' : 'light';
  const onTint = contrast(text, over(tintOf(scheme), background));
  // The tint must not be what pushes text under AA; text already under it is the page's own choice.
  return onTint >= AA || onTint >= contrast(text, background) ? scheme : 'line';
}

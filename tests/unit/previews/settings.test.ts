import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, HOVER_DELAY_RANGE, parseSettings } from '../../../src/core/settings';

describe('preview settings', () => {
  it('default to cards on after half a second', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ previews: true, hoverDelayMs: 500 });
  });

  it('fall back to the default for corrupted values, keeping the good ones', () => {
    for (const bad of ['fast', null, NaN, Infinity, -Infinity, {}, [300], true]) {
      expect(parseSettings({ hoverDelayMs: bad }).hoverDelayMs, JSON.stringify(bad)).toBe(500);
    }
    for (const bad of ['false', 0, 1, null, {}]) {
      expect(parseSettings({ previews: bad }).previews, JSON.stringify(bad)).toBe(true);
    }
    expect(parseSettings({ previews: false, hoverDelayMs: 'x', disabledHosts: ['a.org'] })).toEqual({
      ...DEFAULT_SETTINGS,
      previews: false,
      disabledHosts: ['a.org'],
    });
  });

  it('keep the hover delay in range and whole', () => {
    expect(parseSettings({ hoverDelayMs: 5 }).hoverDelayMs).toBe(HOVER_DELAY_RANGE.min);
    expect(parseSettings({ hoverDelayMs: 1e9 }).hoverDelayMs).toBe(HOVER_DELAY_RANGE.max);
    expect(parseSettings({ hoverDelayMs: 733.6 }).hoverDelayMs).toBe(734);
  });

  it('read settings stored before previews existed as they were, with previews on', () => {
    expect(parseSettings({ disabledHosts: ['x.org'], accessibleHighlights: true })).toEqual({
      disabledHosts: ['x.org'],
      accessibleHighlights: true,
      previews: true,
      hoverDelayMs: 500,
      trailEnabled: false,
      language: 'auto',
      density: 'section',
      shownRegions: [],
      colours: {},
    });
  });
});

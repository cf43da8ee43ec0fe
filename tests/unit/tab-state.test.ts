import { describe, expect, it } from 'vitest';
import { badgeText, summarise, withReport } from '../../src/background/tab-state';
import type { FrameMentions } from '../../src/shared/messages';

const frame = (frameId: number, url: string, topics: string[], extra: Partial<FrameMentions> = {}): FrameMentions => ({
  frameId,
  url,
  complete: true,
  enabled: true,
  visible: true,
  capped: false,
  hiddenFrames: [],
  mentions: topics.map((topic) => ({ topic, text: topic, context: topic })),
  counts: Object.fromEntries([...new Set(topics)].map((t) => [t, topics.filter((x) => x === t).length])),
  ...extra,
});

describe('tab state', () => {
  it('joins frames, top frame first', () => {
    let frames = withReport({}, frame(0, 'https://a.org/', ['stalin']));
    frames = withReport(frames, frame(7, 'https://a.org/f', ['khrushchev']));
    expect(summarise(1, frames)?.mentions.map((m) => m.topic)).toEqual(['stalin', 'khrushchev']);
    expect(badgeText(summarise(1, frames))).toBe('2');
  });

  it('forgets the old page when the top frame reports a new URL', () => {
    let frames = withReport({}, frame(0, 'https://a.org/', ['stalin']));
    frames = withReport(frames, frame(7, 'https://a.org/f', ['khrushchev']));
    frames = withReport(frames, frame(0, 'https://a.org/next', []));
    expect(Object.keys(frames)).toEqual(['0']);
    expect(badgeText(summarise(1, frames))).toBe('');
  });

  it('shows no badge where highlighting is off, and caps large counts', () => {
    expect(badgeText(summarise(1, { 0: frame(0, 'u', ['stalin'], { enabled: false }) }))).toBe('');
    expect(badgeText(summarise(1, { 0: frame(0, 'u', Array<string>(1200).fill('stalin')) }))).toBe('999+');
    expect(summarise(1, {})).toBeNull();
  });
});

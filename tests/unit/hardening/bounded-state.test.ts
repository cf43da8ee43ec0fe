// What reaches the background and storage.session is bounded whatever a page holds, and the
// switched-off sites spread over shards.
import { describe, expect, it } from 'vitest';
import { badgeText, forStorage, MAX_STORED_MENTIONS, summarise } from '../../../src/background/tab-state';
import { applySiteChanges, hostsIn, SHARD_COUNT, shardKey } from '../../../src/core/site-switches';
import type { FrameMentions } from '../../../src/shared/messages';

const frame = (frameId: number, topics: string[], extra: Partial<FrameMentions> = {}): FrameMentions => {
  const counts: Record<string, number> = {};
  for (const t of topics) counts[t] = (counts[t] ?? 0) + 1;
  return {
    frameId,
    url: `https://a.org/${frameId}`,
    complete: true,
    enabled: true,
    visible: true,
    capped: false,
    hiddenFrames: [],
    mentions: topics.map((topic) => ({ topic, text: topic, context: topic })),
    counts,
    ...extra,
  };
};

describe('tab state kept for storage', () => {
  it('lists at most MAX_STORED_MENTIONS per tab, the first of every topic always, counts untouched', () => {
    const big = frame(0, [...Array<string>(5000).fill('stalin'), 'khrushchev']);
    const sub = frame(3, Array<string>(500).fill('mao-zedong'));
    const stored = forStorage({ 0: big, 3: sub });
    const listed = Object.values(stored).flatMap((f) => f.mentions);
    expect(listed.length).toBeLessThanOrEqual(MAX_STORED_MENTIONS + 2);
    expect(new Set(listed.map((m) => m.topic))).toEqual(new Set(['stalin', 'khrushchev', 'mao-zedong']));
    expect(summarise(1, stored)?.counts).toEqual({ stalin: 5000, khrushchev: 1, 'mao-zedong': 500 });
    expect(badgeText(summarise(1, stored))).toBe('999+');
    expect(forStorage({ 0: big }, true)[0]?.mentions).toEqual([]);
    expect(badgeText(summarise(1, forStorage({ 0: big }, true)))).toBe('999+');
  });

  it('leaves out frames too small to read, and frames their page names hidden', () => {
    const tiny = frame(4, ['stalin'], { visible: false });
    const hidden = frame(5, ['khrushchev']);
    const top = frame(0, [], { hiddenFrames: [hidden.url] });
    expect(summarise(1, { 0: top, 4: tiny, 5: hidden })?.mentions).toEqual([]);
    expect(badgeText(summarise(1, { 0: top, 4: tiny, 5: hidden }))).toBe('');
    expect(summarise(1, { 0: top, 5: { ...hidden, url: 'https://b.org/' } })?.counts).toEqual({ khrushchev: 1 });
  });
});

describe('switched-off sites in shards', () => {
  it('spreads thousands of hosts over the shards, each under the 8 KB item limit', () => {
    const hosts = Array.from({ length: 4000 }, (_, i) => `news-site-${i}.example.org`);
    const shards = applySiteChanges(
      {},
      hosts.map((host) => ({ host, enabled: false })),
    );
    expect(Object.keys(shards)).toHaveLength(SHARD_COUNT);
    for (const [key, list] of Object.entries(shards)) {
      expect(key.length + JSON.stringify(list).length).toBeLessThan(8192);
      for (const h of list) expect(shardKey(h)).toBe(key);
    }
    expect(Object.values(shards).flat().sort()).toEqual([...hosts].sort());
  });

  it('applies a batch in order, moves the old list in, and reads malformed shards as empty', () => {
    const key = shardKey('a.org');
    const next = applySiteChanges(
      { [key]: ['a.org'] },
      [
        { host: 'a.org', enabled: true },
        { host: 'b.org', enabled: false },
        { host: 'b.org', enabled: true },
      ],
      ['c.org'],
    );
    expect(Object.values(next).flat().sort()).toEqual(['c.org']);
    expect(hostsIn('a.org')).toEqual([]);
    expect(hostsIn(['a.org', 3, ''])).toEqual(['a.org']);
  });
});

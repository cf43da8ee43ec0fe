import { describe, expect, it } from 'vitest';
import {
  forgetSite,
  indexTrail,
  localDay,
  recordSightings,
  searchKey,
  searchTrail,
  snippetOf,
  SNIPPET_SIDE,
  withSearchKeys,
} from '../../../src/core/trail';

const day1 = new Date(2026, 11, 1, 9);
const day2 = new Date(2026, 11, 2, 9);
const page = { url: 'https://en.wikipedia.org/wiki/Sino-Soviet_split#x', title: 'Sino-Soviet split' };
const mao = { topic: 'mao', text: 'Mao', context: 'In 1958 Mao met Khrushchev in Beijing.' };

describe('reading trail', () => {
  it('keeps one record per topic, page and day', () => {
    let trail = recordSightings([], page, [mao, mao, { ...mao, topic: 'khrushchev', text: 'Khrushchev' }], day1);
    expect(trail.map((r) => r.id)).toEqual([
      '2026-12-01|mao|https://en.wikipedia.org/wiki/Sino-Soviet_split',
      '2026-12-01|khrushchev|https://en.wikipedia.org/wiki/Sino-Soviet_split',
    ]);
    const same = recordSightings(trail, page, [mao], day1);
    expect(same).toBe(trail);
    trail = recordSightings(trail, page, [mao], day2);
    expect(trail).toHaveLength(3);
    expect(localDay(day2)).toBe('2026-12-02');
  });

  it('keeps at most 40 characters of text each side of the mention', () => {
    const long = `${'a'.repeat(100)} Mao ${'b'.repeat(100)}`;
    const s = snippetOf({ topic: 'mao', text: 'Mao', context: long });
    expect(s.before.length).toBe(SNIPPET_SIDE);
    expect(s.after.length).toBe(SNIPPET_SIDE);
    expect(s.mention).toBe('Mao');
    expect(snippetOf({ topic: 'mao', text: 'Mao', context: 'In 1958 Mao met' })).toEqual({
      before: 'In 1958 ',
      mention: 'Mao',
      after: ' met',
    });
  });

  it('forgets a site, its subdomains included, and nothing else', () => {
    const trail = [
      ...recordSightings([], page, [mao], day1),
      ...recordSightings([], { url: 'https://zh.wikipedia.org/wiki/x', title: 'x' }, [mao], day1),
      ...recordSightings([], { url: 'https://news.example.com/a', title: 'n' }, [mao], day1),
    ];
    expect(forgetSite(trail, 'wikipedia.org').map((r) => r.url)).toEqual(['https://news.example.com/a']);
    expect(forgetSite(trail, 'en.wikipedia.org')).toHaveLength(2);
  });

  it('searches titles, snippets and topic labels, newest day first', () => {
    const trail = recordSightings(
      recordSightings([], page, [mao], day1),
      { url: 'https://b.org/', title: 'Other' },
      [mao],
      day2,
    );
    const index = indexTrail(trail, (id) => (id === 'mao' ? 'Mao Zedong 毛泽东' : id));
    expect(searchTrail(index, 'khrushchev').map((r) => r.url)).toEqual(['https://b.org/', page.url.replace('#x', '')]);
    expect(searchTrail(index, 'split')).toHaveLength(1);
    expect(searchTrail(index, '毛泽东 other')).toHaveLength(1);
    expect(searchTrail(index, 'nothing-like-it')).toEqual([]);
  });
});

describe('stored search keys', () => {
  const fresh = recordSightings(
    [],
    { url: 'https://ru.wikipedia.org/wiki/Хрущёв', title: 'Хрущёв — Википедия' },
    [{ topic: 'khrushchev', text: 'Хрущёв', context: 'В 1958 году Хрущёв прилетел в Пекин.' }],
    day1,
  );

  it('are written with each record: folded title and snippet', () => {
    const [r] = fresh;
    const { folded: _key, ...fields } = r!;
    expect(r?.folded).toBe(searchKey(fields));
    expect(r?.folded).toContain('хрущев википедия');
    expect(r?.folded).toContain('в 1958 году хрущев');
  });

  it('are what a search reads (no folding of stored records on the first search)', () => {
    const [r] = fresh;
    const index = indexTrail([{ ...r!, folded: 'only-this-word' }]);
    expect(searchTrail(index, 'only-this-word')).toHaveLength(1);
    expect(searchTrail(index, 'хрущев')).toEqual([]);
    // The address and day are searched without a key.
    expect(searchTrail(index, 'ru.wikipedia 2026-12')).toHaveLength(1);
  });

  it('are folded on demand for records stored before keys existed, once per cache', () => {
    const { folded: _omit, ...old } = fresh[0]!;
    const cache = new Map<string, string>();
    const index = indexTrail([old], (id) => id, cache);
    expect(searchTrail(index, 'ХРУЩЕВ пекин')).toHaveLength(1);
    expect(cache.get(old.id)?.startsWith(`${fresh[0]?.folded}\n`)).toBe(true);
    expect(withSearchKeys([old])[0]?.folded).toBe(fresh[0]?.folded);
    expect(withSearchKeys(fresh)).toBe(fresh);
  });
});

// Lookup over the real data/topics.json: names a reader types, in every script, find their topic.
import { describe, expect, it } from 'vitest';
import { prepareData } from '../../src/build/prepare-data';
import { buildLookupIndex, searchTopics } from '../../src/core/lookup';

const { kb, matcher } = prepareData('data');
const index = buildLookupIndex(kb.topics, { zh: matcher.zhFold });
const first = (query: string): string | undefined => searchTopics(index, query)[0]?.topic;

describe('lookup on the real data', () => {
  it.each([
    ['达曼斯基', 'zhenbao-island-incident'],
    ['Damansky', 'zhenbao-island-incident'],
    ['Брежнев', 'brezhnev'],
    ['柯錫金', 'kosygin'],
    ['中東路事件', 'cer-conflict-1929'],
    ['КВЖД', 'chinese-eastern-railway'],
    ['Жаланашколь', 'tielieketi-incident-1969'],
    ['156项工程', 'aid-projects-156'],
    ['国防新技术协定', 'defence-technical-accord-1957'],
    ['王明', 'wang-ming'],
  ])('%s → %s', (query, topic) => {
    expect(first(query)).toBe(topic);
  });

  it('every topic has a Russian label, and the label finds it', () => {
    for (const t of kb.topics) {
      expect(t.label.ru, t.id).toBeTruthy();
      expect(first(t.label.ru ?? ''), t.id).toBe(t.id);
    }
  });
});

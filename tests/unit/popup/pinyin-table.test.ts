// The popup's pinyin table (src/popup/pinyin-table.json) must cover every Chinese name in data/:
// regenerate it with `node scripts/popup-pinyin.mjs` when this fails.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pinyinTable } from '../../../scripts/popup-pinyin.mjs';
import type { Topic } from '../../../src/core/kb-types';
import table from '../../../src/popup/pinyin-table.json';

const topicsFile = join(__dirname, '..', '..', '..', 'data', 'topics.json');

describe('popup pinyin table', () => {
  it.skipIf(!existsSync(topicsFile))('matches the Chinese names in data/topics.json', () => {
    const topics = JSON.parse(readFileSync(topicsFile, 'utf8')) as Topic[];
    expect(table, 'run: node scripts/popup-pinyin.mjs').toEqual(pinyinTable(topics));
  });

  it('romanises without tones and without spaces', () => {
    const fixture = pinyinTable([{ label: { 'zh-Hans': '珍宝岛事件' }, aliases: { 'zh-Hans': ['珍宝岛'] } }]);
    expect(fixture).toEqual({ 珍宝岛: 'zhenbaodao', 珍宝岛事件: 'zhenbaodaoshijian' });
  });
});

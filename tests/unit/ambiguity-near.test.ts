// The ambiguity rule with evidence near the mention (core/ambiguity.ts) and the cues compiled for it
// (core/matcher-cues.ts), on small hand-written topics.
import { describe, expect, it } from 'vitest';
import { keepAmbiguous, verdictFor, type GateMention } from '../../src/core/ambiguity';
import type { Topic } from '../../src/core/kb-types';
import { createMatcher } from '../../src/core/matcher';
import { compileCues, compilePageMatcher, periodYears } from '../../src/core/matcher-cues';

const PAIRS = '宝寶 岛島 苏蘇 军軍 业業 边邊 乌烏 里裡 江江';
const toTrad = new Map(PAIRS.split(' ').map((p) => [p[0] ?? '', p[1] ?? '']));
const zhVariants = (s: string): string[] => [[...s].map((c) => toTrad.get(c) ?? c).join('')];

const base = { summary: { en: '', 'zh-Hans': '', ru: '' }, theses: [], related: [] };
const zhenbao: Topic = {
  ...base,
  id: 'zhenbao',
  kind: 'event',
  label: { en: 'Zhenbao', 'zh-Hans': '珍宝岛事件', 'zh-Hant': '珍寶島事件', ru: 'Даманский' },
  dates: { from: '1969-03-02', to: '1969-03-15' },
  aliases: { 'zh-Hans': ['珍宝岛事件'] },
  ambiguous: [{ text: '珍宝岛', lang: 'zh-Hans', why: 'a company', never: ['珍宝岛药业'] }],
  cues: ['苏军', '乌苏里江', 'пограничник'],
};
const stalin: Topic = {
  ...base,
  id: 'stalin',
  kind: 'person',
  label: { en: 'Stalin', 'zh-Hans': '斯大林', 'zh-Hant': '史達林', ru: 'Сталин' },
  dates: { from: '1878', to: '1953' },
  aliases: { en: ['Stalin'] },
};
const matcher = createMatcher(compilePageMatcher([zhenbao, stalin], { zhVariants }));
const verdict = (context: string) => verdictFor('zhenbao', matcher.near(context));

describe('evidence near a mention', () => {
  it('a cue word of the topic, in either Chinese script or with a Russian ending', () => {
    expect(verdict('蘇軍巡逻队登上珍宝岛')).toBe('cue');
    expect(verdict('江面上的乌苏里江')).toBe('cue');
    expect(verdict('советские пограничники')).toBe('cue');
  });
  it('a year of a short period', () => {
    expect(verdict('1969年3月')).toBe('year');
    expect(verdict('1968年')).toBe('none');
  });
  it('a never phrase refuses, unless a cue word is also near', () => {
    expect(verdict('珍宝岛药业公告')).toBe('veto');
    expect(verdict('珍宝岛药业成立于1969年')).toBe('year-veto');
    expect(verdict('苏军与珍宝岛药业')).toBe('cue');
  });
  it('years only for short events, treaties and documents', () => {
    expect(periodYears(zhenbao)).toEqual(['1969']);
    expect(periodYears(stalin)).toEqual([]);
    expect(periodYears({ ...zhenbao, dates: { from: '1950', to: '1953' } })).toEqual([]);
  });
  it('no cues compiled when no topic has an ambiguous alias', () => {
    expect(compileCues([stalin], { zhVariants })).toBeUndefined();
  });
});

describe('the rule over a document', () => {
  const m = (near: GateMention['near'], topic = 'zhenbao'): GateMention => ({ topic, ambiguous: true, near });
  const plain: GateMention = { topic: 'stalin', ambiguous: false };
  it('keeps a mention confirmed where it stands, and every mention of its topic with it', () => {
    const here = m('cue');
    const there = m('none');
    expect(keepAmbiguous([here, there])).toEqual([here, there]);
    expect(keepAmbiguous([m('year'), there])).toHaveLength(2);
  });
  it('does not lend that confirmation to other topics', () => {
    expect(keepAmbiguous([m('cue'), m('none', 'mao')])).toEqual([m('cue')]);
  });
  it('refuses a mention beside a never phrase even on a page with unambiguous mentions', () => {
    expect(keepAmbiguous([m('veto'), plain])).toEqual([plain]);
    expect(keepAmbiguous([m('year-veto'), m('cue')])).toEqual([m('cue')]);
  });
  it('keeps the old rule where nothing near says anything', () => {
    expect(keepAmbiguous([m('none')])).toEqual([]);
    expect(keepAmbiguous([m('none'), plain])).toHaveLength(2);
    expect(keepAmbiguous([m(undefined), plain])).toHaveLength(2);
  });
});

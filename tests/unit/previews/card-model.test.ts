import { describe, expect, it } from 'vitest';
import { buildPreviewCard, cardLang, firstSentences } from '../../../src/core/preview-card';
import { fixtureKb } from './fixture-kb';

describe('buildPreviewCard', () => {
  it("gives a thesis topic's label, dates, the paper's claim and its strongest evidence", () => {
    expect(buildPreviewCard(fixtureKb, 'mao-zedong', 'en')).toEqual({
      topic: 'mao-zedong',
      label: 'mao zedong',
      dates: '1893 – 1976',
      argues: 'Mao kept China independent. He refused a joint fleet.',
      background: null,
      evidence: {
        date: '1950-02-14',
        title: 'Title e-treaty-1950',
        source: 'Source of e-treaty-1950',
        status: 'verified',
      },
    });
  });

  it('gives no dates where the data has none, rather than guessing them from prose', () => {
    expect(buildPreviewCard(fixtureKb, 'stalin', 'en')?.dates).toBeNull();
  });

  it('shows a context-only topic its bearing, as background, never as the paper\'s claim', () => {
    const card = buildPreviewCard(fixtureKb, 'zhou-enlai', 'en');
    expect(card?.argues).toBeNull();
    expect(card?.background).toBe('Negotiated the 1950 treaty alongside Mao.');
    expect(card?.evidence?.title).toBe('Title e-treaty-1950');
  });

  it('speaks Chinese to Chinese readers, with a Chinese original title as written', () => {
    const card = buildPreviewCard(fixtureKb, 'mao-zedong', 'zh-Hans');
    expect(card?.label).toBe('mao-zedong-简');
    expect(card?.argues).toBe('论文认为甲。论文认为乙。');
    expect(card?.evidence?.title).toBe('中苏友好同盟互助条约');
    expect(buildPreviewCard(fixtureKb, 'zhou-enlai', 'zh-Hans')?.background).toBe('与毛泽东一同谈判1950年条约。');
  });

  it('has no card for an unknown topic, and an empty one for a topic with nothing to say', () => {
    expect(buildPreviewCard(fixtureKb, 'nobody', 'en')).toBeNull();
    expect(buildPreviewCard(fixtureKb, 'khrushchev', 'en')).toMatchObject({ argues: null, background: null, evidence: null });
  });

  it('maps browser locales to the two card languages', () => {
    expect(cardLang('zh-CN')).toBe('zh-Hans');
    expect(cardLang('zh-TW')).toBe('zh-Hans');
    expect(cardLang('en-US')).toBe('en');
    expect(cardLang('ru')).toBe('en');
  });
});

describe('card text helpers', () => {
  it('keeps one or two sentences', () => {
    expect(firstSentences('One. Two. Three.', 2)).toBe('One. Two.');
    expect(firstSentences('Only one.', 2)).toBe('Only one.');
    expect(firstSentences('甲。乙。丙。', 1)).toBe('甲。');
  });
});

import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/core/kb-types';
import {
  buildPreviewCard,
  cardLang,
  firstSentences,
  paperName,
  type PreviewContext,
} from '../../../src/core/preview-card';
import { evidence, fixtureKb, thesis, topic } from './fixture-kb';

const passage = (sentence: string, heading = ''): PreviewContext => ({
  passage: { sentence, block: sentence, heading },
  blockTopics: [],
  pageTopics: [],
});

describe('buildPreviewCard', () => {
  it("without a passage: the topic's label, dates, its first point and that point's evidence", () => {
    expect(buildPreviewCard(fixtureKb, 'mao-zedong', 'en')).toEqual({
      topic: 'mao-zedong',
      label: 'mao zedong',
      names: [
        { text: 'mao-zedong-简', lang: 'zh-Hans' },
        { text: 'mao-zedong-рус', lang: 'ru' },
      ],
      dates: '1893 – 1976',
      paper: 'XU Hao (2022)',
      lead: {
        thesis: 'independence',
        title: 'Thesis independence',
        argues: 'Mao kept China independent. He refused a joint fleet.',
        reason: null,
      },
      notAddressed: false,
      summary: null,
      background: null,
      evidence: {
        date: '1950-02-14',
        when: '14 Feb 1950',
        title: 'Title e-treaty-1950',
        original: '中苏友好同盟互助条约',
        source: 'Source of e-treaty-1950',
        status: 'verified',
      },
      others: [],
    });
  });

  it('with a passage: leads with the point it is about, says why, and shows the evidence nearest in date', () => {
    const card = buildPreviewCard(fixtureKb, 'mao-zedong', 'en', passage('On 22 July 1958 Mao saw the ambassador.'));
    expect(card?.lead).toMatchObject({
      thesis: 'independence',
      reason: { kind: 'date', text: '22 July 1958', where: 'sentence' },
    });
    expect(card?.evidence?.date).toBe('1958-07-22');
  });

  it('with a passage about nothing the paper addresses: says so, with the topic summary as background', () => {
    const card = buildPreviewCard(fixtureKb, 'mao-zedong', 'en', passage('In 1966 Mao started a campaign.'));
    expect(card).toMatchObject({
      lead: null,
      notAddressed: true,
      summary: 'Led the CCP from 1935 and the PRC from 1949 until his death in 1976.',
    });
    expect(card?.evidence).toBeNull(); // the nearest item (1958) is years away: not passed off as nearest
    expect(card?.others.map((p) => p.thesis)).toEqual(['independence']);
  });

  it('offers the other points the paper makes about the topic, the leading one excluded', () => {
    const kb: KnowledgeBase = {
      ...fixtureKb,
      theses: [
        thesis('pact', ['e-1939'], 'The pact claim.', {
          periods: [{ from: '1939-08', to: '1939-10' }],
          topics: ['mao'],
        }),
        thesis('fleet', ['e-1958'], 'The fleet claim.', { topics: ['mao'] }),
      ],
      topics: [topic('mao', ['pact', 'fleet'])],
      evidence: [
        evidence('e-1939', '1939-09-01', 'verified', ['mao']),
        evidence('e-1958', '1958-07-22', 'verified', ['mao']),
      ],
    };
    const in1958 = buildPreviewCard(kb, 'mao', 'en', passage('In July 1958 Mao refused.'));
    const in1939 = buildPreviewCard(kb, 'mao', 'en', passage('In September 1939 Mao spoke.'));
    expect([in1958?.lead?.thesis, in1958?.evidence?.date, in1958?.others.map((p) => p.thesis)]).toEqual([
      'fleet',
      '1958-07-22',
      ['pact'],
    ]);
    expect([in1939?.lead?.thesis, in1939?.evidence?.date, in1939?.others.map((p) => p.thesis)]).toEqual([
      'pact',
      '1939-09-01',
      ['fleet'],
    ]);
  });

  it("names the paper by author and year, in the reader's language", () => {
    const paper = { ...fixtureKb.paper, author: { en: 'XU Hao', zh: '许浩', ru: 'Сюй Хао' }, year: 2022 };
    expect(paperName(paper, 'en')).toBe('XU Hao (2022)');
    expect(paperName(paper, 'zh-Hans')).toBe('许浩（2022）');
  });

  it('gives no dates where the data has none, rather than guessing them from prose', () => {
    expect(buildPreviewCard(fixtureKb, 'stalin', 'en')?.dates).toBeNull();
  });

  it("shows a context-only topic its bearing, as background, never as the paper's claim", () => {
    const card = buildPreviewCard(fixtureKb, 'zhou-enlai', 'en');
    expect(card?.lead).toBeNull();
    expect(card?.background).toBe('Negotiated the 1950 treaty alongside Mao.');
    expect(card?.evidence?.title).toBe('Title e-treaty-1950');
  });

  it('speaks Chinese to Chinese readers, with a Chinese original title as written', () => {
    const card = buildPreviewCard(fixtureKb, 'mao-zedong', 'zh-Hans');
    expect(card?.label).toBe('mao-zedong-简');
    expect(card?.lead?.argues).toBe('论文认为甲。论文认为乙。');
    expect(card?.evidence?.title).toBe('中苏友好同盟互助条约');
    expect(buildPreviewCard(fixtureKb, 'zhou-enlai', 'zh-Hans')?.background).toBe('与毛泽东一同谈判1950年条约。');
  });

  it('has no card for an unknown topic, and an empty one for a topic with nothing to say', () => {
    expect(buildPreviewCard(fixtureKb, 'nobody', 'en')).toBeNull();
    expect(buildPreviewCard(fixtureKb, 'khrushchev', 'en')).toMatchObject({
      lead: null,
      background: null,
      evidence: null,
    });
  });

  it('speaks Russian to Russian readers and Traditional Chinese to Taiwan readers, never English', () => {
    const ru = buildPreviewCard(fixtureKb, 'mao-zedong', 'ru');
    expect(ru?.label).toBe('mao-zedong-рус');
    expect(ru?.paper).toBe('Сюй Хао (2022)');
    expect(ru?.lead?.title).toBe('Рус.: Thesis independence');
    expect(ru?.evidence?.title).toBe('Рус.: Title e-treaty-1950');
    expect(ru?.evidence?.original).toBe('中苏友好同盟互助条约');
    expect(buildPreviewCard(fixtureKb, 'zhou-enlai', 'ru')?.background).toBe(
      'Рус.: Negotiated the 1950 treaty alongside Mao.',
    );
    const hant = buildPreviewCard(fixtureKb, 'mao-zedong', 'zh-Hant');
    expect(hant?.label).toBe('mao-zedong-繁');
    expect(hant?.paper).toBe('许浩（2022）');
    expect(hant?.lead?.argues).toBe('〔繁〕论文认为甲。论文认为乙。');
    expect(hant?.evidence?.title).toBe('〔繁〕中苏友好同盟互助条约');
    // A Chinese reader reads the Chinese document's own title: no original beside it.
    expect(hant?.evidence?.original).toBeUndefined();
  });

  it('maps browser locales to the four reader languages', () => {
    expect(cardLang('zh-CN')).toBe('zh-Hans');
    expect(cardLang('zh')).toBe('zh-Hans');
    expect(cardLang('zh-TW')).toBe('zh-Hant');
    expect(cardLang('zh_HK')).toBe('zh-Hant');
    expect(cardLang('zh-Hant-TW')).toBe('zh-Hant');
    expect(cardLang('en-US')).toBe('en');
    expect(cardLang('ru')).toBe('ru');
    expect(cardLang('ru-RU')).toBe('ru');
    expect(cardLang('fr')).toBe('en');
  });
});

describe('the card in the four languages', () => {
  it('names the topic in the other scripts: Chinese and pinyin for English readers, no second Chinese for Chinese ones', () => {
    const names = (lang: 'en' | 'zh-Hans' | 'zh-Hant' | 'ru') =>
      buildPreviewCard(fixtureKb, 'mao-zedong', lang, undefined, 'Máo Zédōng')?.names.map((n) => n.text);
    expect(names('en')).toEqual(['mao-zedong-简', 'mao-zedong-рус', 'Máo Zédōng']);
    expect(names('zh-Hans')).toEqual(['mao-zedong-рус', 'Máo Zédōng']);
    expect(names('zh-Hant')).toEqual(['mao-zedong-рус', 'Máo Zédōng']);
    expect(names('ru')).toEqual(['mao-zedong-简', 'Máo Zédōng']);
    // Without pinyin (a description, not a name) English stays: it is not the same name.
    expect(buildPreviewCard(fixtureKb, 'mao-zedong', 'ru')?.names.map((n) => n.text)).toEqual([
      'mao-zedong-简',
      'mao zedong',
    ]);
  });

  it('writes dates in the reader\u2019s language', () => {
    const ru = buildPreviewCard(fixtureKb, 'mao-zedong', 'ru');
    expect(ru?.evidence?.when).toBe('14 февраля 1950\u00a0г.');
    const hant = buildPreviewCard(fixtureKb, 'mao-zedong', 'zh-Hant');
    expect(hant?.label).toBe('mao-zedong-繁');
    expect(hant?.evidence?.when).toBe('1950年2月14日');
    expect(hant?.paper).toBe(buildPreviewCard(fixtureKb, 'mao-zedong', 'zh-Hans')?.paper);
  });
});

describe('card text helpers', () => {
  it('keeps one or two sentences', () => {
    expect(firstSentences('One. Two. Three.', 2)).toBe('One. Two.');
    expect(firstSentences('Only one.', 2)).toBe('Only one.');
    expect(firstSentences('甲。乙。丙。', 1)).toBe('甲。');
  });
});

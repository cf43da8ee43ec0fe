// A small knowledge base in the real shape (src/core/kb-types.ts) for preview-card tests.
import type { Evidence, KnowledgeBase, Thesis, Topic } from '../../../src/core/kb-types';

// zh-Hant stands for what the build converts; ru is Russian filler, so a card in each language is told apart.
const text = (en: string, zh = `${en}（中文）`) => ({ en, 'zh-Hans': zh, 'zh-Hant': `〔繁〕${zh}`, ru: `Рус.: ${en}` });

export function topic(id: string, theses: string[], extra: Partial<Topic> = {}): Topic {
  return {
    id,
    kind: 'person',
    label: { en: id.replace(/-/g, ' '), 'zh-Hans': `${id}-简`, 'zh-Hant': `${id}-繁`, ru: `${id}-рус` },
    aliases: { en: [id] },
    summary: text(`${id} summary.`),
    theses,
    related: [],
    ...extra,
  };
}

export function evidence(
  id: string,
  date: string,
  status: Evidence['status'],
  topics: string[],
  /** A Chinese original title, which is then also the Simplified title. */
  original?: string,
): Evidence {
  return {
    id,
    date,
    kind: 'document',
    title: {
      ...(original ? { original: [{ text: original, lang: 'zh' as const }] } : {}),
      ...text(`Title ${id}`, original ?? `标题 ${id}`),
    },
    shows: text(`Shows ${id}.`),
    source: `Source of ${id}`,
    status,
    topics,
  };
}

export function thesis(id: string, evidenceIds: string[], paper: string, extra: Partial<Thesis> = {}): Thesis {
  return {
    id,
    title: text(`Thesis ${id}`),
    abstractLocator: text('Abstract, sentence 1'),
    paper: text(paper, '论文认为甲。论文认为乙。论文认为丙。'),
    evidence: evidenceIds,
    otherReadings: [],
    topics: [],
    periods: [{ from: '1958-07', to: '1958-08' }],
    keyTerms: { en: ['joint fleet'], 'zh-Hans': ['舰队'], ru: ['флот'] },
    ...extra,
  };
}

export const fixtureKb: KnowledgeBase = {
  paper: {
    title: { en: 'Paper', zh: '论文', pinyin: 'Lunwen' },
    author: { en: 'XU Hao', zh: '许浩', ru: 'Сюй Хао' },
    affiliation: { en: 'Hunan University of Science and Technology', zh: '湖南科技大学' },
    keywords: [],
    journal: { en: 'Journal', zh: '学报', pinyin: 'Xuebao' },
    year: 2022,
    volume: { known: false },
    issue: '6',
    pages: { first: 15, last: 22 },
    doi: { known: false },
    funding: [],
    record: { url: 'https://example.org/record', note: text('record') },
    basis: text('abstract'),
  },
  theses: [
    thesis(
      'independence',
      ['e-treaty-1950', 'e-fleet-1958'],
      'Mao kept China independent. He refused a joint fleet. A third sentence follows.',
    ),
  ],
  topics: [
    topic('mao-zedong', ['independence'], {
      summary: text('Led the CCP from 1935 and the PRC from 1949 until his death in 1976.'),
      dates: { from: '1893', to: '1976' },
    }),
    topic('stalin', ['independence']),
    topic('zhou-enlai', [], {
      bearing: text('Negotiated the 1950 treaty alongside Mao.', '与毛泽东一同谈判1950年条约。'),
    }),
    topic('khrushchev', []),
  ],
  evidence: [
    evidence('e-memoir-1949', '1949-12', 'secondary', ['mao-zedong', 'stalin']),
    evidence('e-fleet-1958', '1958-07-22', 'verified', ['mao-zedong']),
    evidence('e-treaty-1950', '1950-02-14', 'verified', ['mao-zedong', 'zhou-enlai'], '中苏友好同盟互助条约'),
    evidence('e-talk-1949', '1949-12-16', 'verified', ['mao-zedong', 'stalin']),
  ],
};

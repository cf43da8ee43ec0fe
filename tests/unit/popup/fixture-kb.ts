/**
 * A small knowledge base for popup tests, in the shape of data/*.json. Its wording is test filler
 * written for these tests, not content: the real texts live in data/.
 */
import type { Evidence, KnowledgeBase, Paper, Thesis, Topic } from '../../../src/core/kb-types';
import { tableRomanizer } from '../../../src/popup/pinyin';
import { pinyinTable } from '../../../src/build/pinyin-table';

const topics: Topic[] = [
  {
    id: 'mao-zedong',
    kind: 'person',
    label: { en: 'Mao Zedong', 'zh-Hans': '毛泽东', 'zh-Hant': '毛澤東', ru: 'Мао Цзэдун' },
    aliases: { en: ['Mao Zedong', 'Mao Tse-tung'], 'zh-Hans': ['毛泽东'], 'zh-Hant': ['毛澤東'], ru: ['Мао Цзэдун'] },
    summary: {
      en: 'Chairman of the CCP (1893–1976).',
      'zh-Hans': '中共中央主席（1893—1976）。',
      ru: 'Председатель ЦК КПК (1893–1976).',
    },
    theses: ['sovereignty'],
    related: ['khrushchev', 'stalin'],
  },
  {
    id: 'khrushchev',
    kind: 'person',
    label: { en: 'Nikita Khrushchev', 'zh-Hans': '赫鲁晓夫', 'zh-Hant': '赫魯曉夫', ru: 'Никита Хрущёв' },
    aliases: { en: ['Khrushchev'], 'zh-Hans': ['赫鲁晓夫'], 'zh-Hant': ['赫魯曉夫', '赫魯雪夫'], ru: ['Хрущёв'] },
    summary: {
      en: 'Soviet leader, 1953–1964.',
      'zh-Hans': '苏联领导人，1953—1964年。',
      ru: 'Советский руководитель в 1953–1964 годах.',
    },
    theses: ['sovereignty', 'leadership'],
    related: ['mao-zedong'],
  },
  {
    id: 'stalin',
    kind: 'person',
    label: { en: 'Joseph Stalin', 'zh-Hans': '斯大林', 'zh-Hant': '史達林', ru: 'Иосиф Сталин' },
    aliases: { en: ['Stalin'], 'zh-Hans': ['斯大林'], ru: ['Сталин'] },
    summary: {
      en: 'Soviet leader until 1953.',
      'zh-Hans': '1953年以前的苏联领导人。',
      ru: 'Советский руководитель до 1953 года.',
    },
    theses: ['leadership'],
    related: [],
  },
  {
    id: 'destalinization',
    kind: 'concept',
    label: { en: 'De-Stalinization', 'zh-Hans': '非斯大林化', 'zh-Hant': '去史達林化', ru: 'Десталинизация' },
    aliases: { en: ['de-Stalinization', 'Stalinism'] },
    summary: {
      en: 'Soviet reforms after 1956.',
      'zh-Hans': '1956年后的苏联改革。',
      ru: 'Советские реформы после 1956 года.',
    },
    theses: [],
    bearing: {
      en: 'Test bearing: background to the 1956 debates.',
      'zh-Hans': '测试用：1956年争论的背景。',
      ru: 'Тестовый контекст: фон споров 1956 года.',
    },
    related: ['stalin'],
  },
  {
    id: 'port-arthur',
    kind: 'place',
    label: { en: 'Lüshun (Port Arthur)', 'zh-Hans': '旅顺口', 'zh-Hant': '旅順口', ru: 'Порт-Артур' },
    aliases: { en: ['Lüshun', 'Lushunkou'], 'zh-Hans': ['旅顺口', '旅顺'], 'zh-Hant': ['旅順口'], ru: ['Порт-Артур'] },
    ambiguous: [{ text: 'Port Arthur', lang: 'en', why: 'also a city in Texas' }],
    summary: {
      en: 'Naval base, returned in May 1955.',
      'zh-Hans': '海军基地，1955年5月交还。',
      ru: 'Военно-морская база, возвращённая в мае 1955 года.',
    },
    theses: ['sovereignty'],
    related: [],
  },
  {
    id: 'zhenbao-island',
    kind: 'event',
    label: {
      en: 'Zhenbao Island incident',
      'zh-Hans': '珍宝岛事件',
      'zh-Hant': '珍寶島事件',
      ru: 'Конфликт на острове Даманский',
    },
    aliases: { en: ['Damansky Island'], 'zh-Hans': ['珍宝岛'], 'zh-Hant': ['珍寶島'], ru: ['остров Даманский'] },
    summary: {
      en: 'Border clashes, March 1969.',
      'zh-Hans': '1969年3月的边界冲突。',
      ru: 'Пограничные столкновения, март 1969 года.',
    },
    theses: [],
    bearing: {
      en: 'Test bearing: later border conflict.',
      'zh-Hans': '测试用：后来的边界冲突。',
      ru: 'Тестовый контекст: позднейший пограничный конфликт.',
    },
    related: ['mao-zedong'],
  },
];

const theses: Thesis[] = [
  {
    id: 'sovereignty',
    title: { en: 'Test thesis: sovereignty', 'zh-Hans': '测试论点：主权', ru: 'Тестовый тезис: суверенитет' },
    abstractLocator: { en: 'abstract, sentence 8', 'zh-Hans': '摘要第8句', ru: 'аннотация, предложение 8' },
    paper: {
      en: 'Test paraphrase: Mao defended sovereignty.',
      'zh-Hans': '测试转述：毛泽东维护主权。',
      ru: 'Тестовый пересказ: Мао отстаивал суверенитет.',
    },
    rejects: {
      en: 'Test rejected view: he gave way.',
      'zh-Hans': '测试被反驳观点：他让步了。',
      ru: 'Тестовое отвергнутое мнение: он уступил.',
    },
    evidence: ['ev-1958-fleet', 'ev-1955-lushun'],
    otherReadings: [
      {
        text: {
          en: 'Test reading: the record is mixed.',
          'zh-Hans': '测试解读：史料不一。',
          ru: 'Тестовое прочтение: документы противоречивы.',
        },
        source: 'Test Source, 2001',
        sources: [
          { type: 'monograph', title: 'Test monograph', author: 'Test author', url: 'https://example.org/book' },
        ],
        evidence: ['ev-1949-talk'],
      },
    ],
    topics: ['mao-zedong', 'port-arthur'],
    periods: [{ from: '1958-04', to: '1958-08' }],
    keyTerms: { en: ['sovereignty'], 'zh-Hans': ['主权'], ru: ['суверенитет'] },
  },
  {
    id: 'leadership',
    title: { en: 'Test thesis: leadership', 'zh-Hans': '测试论点：领导', ru: 'Тестовый тезис: лидерство' },
    abstractLocator: { en: 'abstract, sentence 4', 'zh-Hans': '摘要第4句', ru: 'аннотация, предложение 4' },
    paper: {
      en: 'Test paraphrase: Mao declined the lead.',
      'zh-Hans': '测试转述：毛泽东不争领导。',
      ru: 'Тестовый пересказ: Мао отказался от лидерства.',
    },
    evidence: ['ev-1957-speech'],
    otherReadings: [],
    topics: ['khrushchev', 'stalin'],
    periods: [{ from: '1957-11', to: '1957-11' }],
    keyTerms: { en: ['leader of the movement'], 'zh-Hans': ['领袖'], ru: ['лидер'] },
  },
];

const evidence: Evidence[] = [
  {
    id: 'ev-1958-fleet',
    date: '1958-07-22',
    kind: 'conversation record',
    title: {
      original: [{ text: '同苏联驻华大使尤金的谈话', lang: 'zh' }],
      en: 'Conversation with Ambassador Yudin',
      'zh-Hans': '同苏联驻华大使尤金的谈话',
      ru: 'Беседа с послом Юдиным',
    },
    shows: {
      en: 'Test: Mao refuses a joint fleet.',
      'zh-Hans': '测试：毛泽东拒绝联合舰队。',
      ru: 'Тест: Мао отвергает совместный флот.',
    },
    source: 'Test collection, vol. 7',
    sources: [
      { type: 'edition', title: 'Test edition', author: 'Test editor', page: '7' },
      {
        type: 'document',
        title: 'Test record',
        collection: 'Test archive',
        doc: '42',
        url: 'https://example.org/doc/42',
      },
    ],
    status: 'verified',
    topics: ['mao-zedong', 'khrushchev'],
  },
  {
    id: 'ev-1949-talk',
    date: '1949-12-16',
    kind: 'conversation record',
    title: {
      original: [{ text: 'Запись беседы', lang: 'ru' }],
      en: 'Record of conversation',
      'zh-Hans': '会谈记录',
      ru: 'Запись беседы',
    },
    shows: {
      en: 'Test: first talk in Moscow.',
      'zh-Hans': '测试：在莫斯科的第一次会谈。',
      ru: 'Тест: первая беседа в Москве.',
    },
    source: 'Test bulletin 6–7',
    status: 'verified',
    topics: ['mao-zedong', 'stalin'],
  },
  {
    id: 'ev-1955-lushun',
    date: '1955-05',
    kind: 'event',
    title: { en: 'Handover of Lüshun', 'zh-Hans': '旅顺口交还', ru: 'Передача Порт-Артура' },
    shows: { en: 'Test: the base is handed over.', 'zh-Hans': '测试：基地交还。', ru: 'Тест: база передана.' },
    source: 'Test communiqué',
    status: 'secondary',
    topics: ['port-arthur'],
  },
  {
    id: 'ev-1957-speech',
    date: '1957-11-18',
    dateEnd: '1957-11-19',
    kind: 'speech',
    title: { en: 'Speech in Moscow', 'zh-Hans': '在莫斯科的讲话', ru: 'Речь в Москве' },
    shows: { en: 'Test: the camp needs a head.', 'zh-Hans': '测试：阵营需要一个首。', ru: 'Тест: лагерю нужен глава.' },
    source: 'Test transcript',
    status: 'verified',
    topics: ['khrushchev', 'mao-zedong'],
  },
];

export const fixturePaper: Paper = {
  title: { en: 'Test Paper on Sino-Soviet Relations', zh: '测试论文题名', pinyin: 'Ceshi lunwen timing' },
  author: { en: 'XU Hao', zh: '许浩', ru: 'Сюй Хао' },
  affiliation: { en: 'Test School, Test University', zh: '测试学院' },
  keywords: ['Mao Zedong', 'Soviet Union', 'Khrushchev'],
  journal: { en: 'Journal of Test Studies', zh: '测试学报', pinyin: 'Ceshi xuebao' },
  year: 2020,
  volume: {
    known: false,
    note: { en: 'not in the test record', 'zh-Hans': '测试记录中没有', ru: 'нет в тестовой записи' },
  },
  issue: '4',
  pages: { first: 1, last: 9 },
  doi: { known: false },
  funding: [{ funder: { en: 'Test Fund', 'zh-Hans': '测试基金', ru: 'Тестовый фонд' }, code: 'T-01' }],
  record: {
    url: 'https://example.org/record/1',
    note: { en: 'Test record.', 'zh-Hans': '测试记录。', ru: 'Тестовая запись.' },
  },
  basis: {
    en: 'Test basis: the abstract only.',
    'zh-Hans': '测试依据：仅摘要。',
    ru: 'Тестовая основа: только аннотация.',
  },
};

export const fixtureKb: KnowledgeBase = { paper: fixturePaper, theses, topics, evidence };

/** Pinyin of the fixture's Chinese names, made as the build makes the popup's table. */
export const fixtureRomanize = tableRomanizer(pinyinTable(topics));

/** Chinese variant → canonical, as the build derives it for the characters in aliases. */
export const fixtureZhFold: Record<string, string> = {
  澤: '泽',
  東: '东',
  魯: '鲁',
  曉: '晓',
  順: '顺',
  寶: '宝',
  島: '岛',
  達: '达',
};

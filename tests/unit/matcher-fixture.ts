/**
 * Small hand-written topics for the matcher tests (and the benchmark when data/ is absent).
 * Shaped like data/topics.json but independent of it.
 */
import type { Topic } from '../../src/core/kb-types';

const base = { summary: { en: '', 'zh-Hans': '', ru: '' }, theses: [], related: [] };
// The Russian label is not matched (aliases are); the English one stands in for it in these fixtures.
const label = (en: string, hans: string, hant: string) => ({ en, 'zh-Hans': hans, 'zh-Hant': hant, ru: en });

export const FIXTURE_TOPICS: Topic[] = [
  {
    ...base,
    id: 'mao-zedong',
    kind: 'person',
    label: label('Mao Zedong', '毛泽东', '毛澤東'),
    aliases: {
      en: ['Mao Zedong', 'Mao Tse-tung', 'Chairman Mao'],
      'zh-Hans': ['毛泽东', '毛主席'],
      ru: ['Мао Цзэдун'],
    },
    ambiguous: [{ text: 'Mao', lang: 'en', why: 'also a surname and a clothing style', never: ['Mao suit'] }],
  },
  {
    ...base,
    id: 'stalin',
    kind: 'person',
    label: label('Joseph Stalin', '斯大林', '史達林'),
    aliases: {
      en: ['Joseph Stalin', 'Stalin', 'Iosif Stalin'],
      'zh-Hans': ['斯大林', '约瑟夫·斯大林'],
      'zh-Hant': ['史太林', '史達林'],
      ru: ['Сталин', 'Иосиф Сталин'],
    },
  },
  {
    ...base,
    id: 'khrushchev',
    kind: 'person',
    label: label('Nikita Khrushchev', '赫鲁晓夫', '赫魯雪夫'),
    aliases: {
      en: ['Nikita Khrushchev', 'Khrushchev', 'Khrushchov'],
      'zh-Hans': ['赫鲁晓夫'],
      'zh-Hant': ['赫魯雪夫'],
      ru: ['Хрущёв', 'Никита Хрущёв'],
    },
  },
  {
    ...base,
    id: 'molotov',
    kind: 'person',
    label: label('Vyacheslav Molotov', '莫洛托夫', '莫洛托夫'),
    aliases: { en: ['Vyacheslav Molotov'], 'zh-Hans': ['莫洛托夫'], ru: ['Вячеслав Молотов'] },
    ambiguous: [
      { text: 'Molotov', lang: 'en', why: 'the cocktail', never: ['Molotov cocktail', 'Molotov cocktails'] },
      { text: 'Молотов', lang: 'ru', why: 'the cocktail', never: ['коктейль Молотова'] },
    ],
  },
  {
    ...base,
    id: 'molotov-ribbentrop-pact',
    kind: 'treaty',
    label: label('Molotov–Ribbentrop Pact', '苏德互不侵犯条约', '蘇德互不侵犯條約'),
    aliases: {
      en: ['Molotov–Ribbentrop Pact', 'Soviet–German Non-Aggression Treaty', 'Nazi-Soviet Pact'],
      'zh-Hans': ['苏德互不侵犯条约'],
      ru: ['пакт Молотова–Риббентропа'],
    },
    ambiguous: [{ text: 'Non-Aggression Treaty', lang: 'en', why: 'many such treaties' }],
  },
  {
    ...base,
    id: 'port-arthur',
    kind: 'place',
    label: label('Port Arthur (Lüshun)', '旅顺', '旅順'),
    aliases: { en: ['Lüshun', 'Lüshunkou'], 'zh-Hans': ['旅顺口', '旅顺'], ru: ['Порт-Артур'] },
    ambiguous: [{ text: 'Port Arthur', lang: 'en', why: 'also a city in Texas', never: ['Port Arthur, Texas'] }],
  },
  {
    ...base,
    id: 'zhenbao-island',
    kind: 'event',
    label: label('Zhenbao Island incident', '珍宝岛事件', '珍寶島事件'),
    aliases: { en: ['Zhenbao Island', 'Damansky Island'], 'zh-Hans': ['珍宝岛'], ru: ['остров Даманский'] },
  },
  {
    ...base,
    id: 'treaty-1950',
    kind: 'treaty',
    label: label('Sino-Soviet Treaty of 1950', '中苏友好同盟互助条约', '中蘇友好同盟互助條約'),
    aliases: {
      en: ['Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance'],
      'zh-Hans': ['中苏友好同盟互助条约'],
      ru: ['Договор о дружбе, союзе и взаимной помощи'],
    },
  },
  {
    ...base,
    id: 'great-leap-forward',
    kind: 'event',
    label: label('Great Leap Forward', '大跃进', '大躍進'),
    aliases: { en: ['Great Leap Forward'], 'zh-Hans': ['大跃进'], ru: ['Большой скачок'] },
  },
  {
    ...base,
    id: 'sino-soviet-split',
    kind: 'event',
    label: label('Sino-Soviet split', '中苏交恶', '中蘇交惡'),
    aliases: { en: ['Sino-Soviet split'], 'zh-Hans': ['中苏交恶'], ru: ['советско-китайский раскол'] },
  },
];

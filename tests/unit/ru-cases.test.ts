// Russian morphology as a rule (core/ru-endings.ts): every Russian alias of data/topics.json, written
// once, matches its six cases, singular and plural where they exist, with ё or е, for single words
// and for adjective + noun names. Real data, real build wiring (prepare-data.ts).
import { describe, expect, it } from 'vitest';
import { prepareData } from '../../src/build/prepare-data';
import { createMatcher } from '../../src/core/matcher';

const matcher = createMatcher(prepareData('data').matcher);
/** The topic found for exactly the whole phrase inside a sentence, or what was found instead. */
const whole = (phrase: string): string => {
  const text = `Сказано: ${phrase}, и всё.`;
  const at = text.indexOf(phrase);
  const hit = matcher.find(text).find((c) => c.start === at && c.end === at + phrase.length);
  return hit ? hit.topic : JSON.stringify(matcher.find(text).map((c) => text.slice(c.start, c.end)));
};

const CASES: [string, string[]][] = [
  [
    'khrushchev',
    ['Хрущёв', 'Хрущёва', 'Хрущёву', 'Хрущёвым', 'Хрущёве', 'Хрущев', 'Хрущева', 'Хрущевым', 'Хрущёвы', 'Хрущёвых'],
  ],
  ['brezhnev', ['Брежнев', 'Брежнева', 'Брежневу', 'Брежневым', 'Брежневе', 'Леонидом Брежневым', 'Леониду Брежневу']],
  ['kosygin', ['Косыгин', 'Косыгина', 'Косыгину', 'Косыгиным', 'Косыгине', 'Алексея Косыгина']],
  [
    'joint-fleet-dispute-1958',
    [
      'совместный флот',
      'совместного флота',
      'совместному флоту',
      'совместным флотом',
      'совместном флоте',
      'совместные флоты',
      'совместных флотов',
      'совместным флотам',
      'совместными флотами',
      'совместных флотах',
      'длинноволновая радиостанция',
      'длинноволновой радиостанции',
      'длинноволновую радиостанцию',
      'длинноволновой радиостанцией',
      'длинноволновою радиостанцией',
      'длинноволновые радиостанции',
      'длинноволновых радиостанций',
      'длинноволновым радиостанциям',
      'длинноволновыми радиостанциями',
      'длинноволновых радиостанциях',
    ],
  ],
  [
    'soviet-experts-withdrawal-1960',
    [
      'отзыв советских специалистов',
      'отзыва советских специалистов',
      'отзыву советских специалистов',
      'отзывом советских специалистов',
      'отзыве советских специалистов',
    ],
  ],
  [
    'chinese-eastern-railway',
    [
      'Китайско-Восточная железная дорога',
      'Китайско-Восточной железной дороги',
      'Китайско-Восточной железной дороге',
      'Китайско-Восточную железную дорогу',
      'Китайско-Восточной железной дорогой',
      'КВЖД',
    ],
  ],
  [
    'zhenbao-island-incident',
    ['остров Даманский', 'острова Даманского', 'острову Даманскому', 'островом Даманским', 'острове Даманском'],
  ],
  ['port-arthur', ['Порт-Артур', 'Порт-Артура', 'Порт-Артуру', 'Порт-Артуром', 'Порт-Артуре']],
  [
    'cer-conflict-1929',
    [
      'Хабаровский протокол',
      'Хабаровского протокола',
      'Хабаровскому протоколу',
      'Хабаровским протоколом',
      'Хабаровском протоколе',
    ],
  ],
  [
    'korean-war-1950',
    [
      'Корейская война',
      'Корейской войны',
      'Корейской войне',
      'Корейскую войну',
      'Корейской войной',
      'китайские народные добровольцы',
      'китайских народных добровольцев',
      'китайским народным добровольцам',
      'китайскими народными добровольцами',
      'китайских народных добровольцах',
    ],
  ],
  [
    'nine-commentaries',
    [
      'девять статей',
      'девяти статей',
      'девятью статьями',
      'девяти статьях',
      'девять комментариев',
      'девяти комментариях',
    ],
  ],
  [
    'tielieketi-incident-1969',
    ['озеро Жаланашколь', 'озера Жаланашколь', 'озеру Жаланашколь', 'озером Жаланашколь', 'озере Жаланашколь'],
  ],
];

describe.each(CASES)('%s', (topic, forms) => {
  it.each(forms)('%s', (form) => {
    expect(whole(form)).toBe(topic);
    expect(whole(form.toUpperCase())).toBe(topic);
  });
});

describe('derived words stay different words', () => {
  it.each([
    'Сталинград',
    'сталинский',
    'Хрущёвка',
    'Брежневка',
    'брежневский',
    'косыгинская реформа',
    'коктейль Молотова',
  ])('%s', (text) => {
    expect(matcher.find(`Это ${text} здесь.`).filter((c) => !c.ambiguous)).toEqual([]);
  });
});

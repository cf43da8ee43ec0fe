/**
 * Dates a passage names, in English, Chinese (Arabic or Chinese numerals) and Russian, as spans of
 * months: "July 1958", "1958年7月", "в июле 1958 года" are one month; "1958" is twelve; "summer of
 * 1958" / "летом 1958" is June–August; "1949–50" two years; "the 1950s" / "1950年代" ten years.
 * Months are counted as year * 12 + (month - 1), so spans compare as plain integer ranges.
 */

export type DatePrecision = 'month' | 'year' | 'decade';

export interface DateCue {
  /** First and last month covered, inclusive. */
  from: number;
  to: number;
  precision: DatePrecision;
  /** The words as the passage writes them, for the card's "this paragraph is about …". */
  text: string;
}

export const monthIndex = (year: number, month: number): number => year * 12 + (month - 1);

/** A partial ISO date ("1958", "1958-07", "1958-07-22") as the months it covers. */
export function isoMonths(from: string, to: string = from): { from: number; to: number } {
  const [y1, m1] = from.split('-').map(Number);
  const [y2, m2] = to.split('-').map(Number);
  return { from: monthIndex(y1 ?? 0, m1 ?? 1), to: monthIndex(y2 ?? 0, m2 ?? 12) };
}

const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const RU_MONTHS = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'ма',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
];
const ZH_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  Ｏ: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
/** Seasons as [first month, last month]; winter runs into the next year. */
const SEASONS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [12, 14],
};
const RU_SEASONS: Record<string, string> = { лет: 'summer', весн: 'spring', осен: 'autumn', зим: 'winter' };
const ZH_SEASONS: Record<string, string> = { 春: 'spring', 夏: 'summer', 秋: 'autumn', 冬: 'winter' };

const YEAR = '(1[89]\\d\\d|20\\d\\d)';
const ZH_YEAR = '([0-9]{4}|[〇零一二三四五六七八九]{4})';
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_DIGIT_AFTER = '(?![\\p{N}])';

interface Rule {
  re: RegExp;
  cue(m: RegExpExecArray): Omit<DateCue, 'text'> | null;
}

const RULES: Rule[] = [
  {
    // "summer of 1958", "winter of 1949–50"
    re: new RegExp(
      `${NOT_WORD_BEFORE}(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?${YEAR}(?:\\s*[–—-]\\s*(\\d{2}))?${NOT_DIGIT_AFTER}`,
      'giu',
    ),
    cue: (m) => season((m[1] ?? '').toLowerCase(), Number(m[2])),
  },
  {
    // "летом 1958 года", "зимы 1949"
    re: new RegExp(`${NOT_WORD_BEFORE}(лет|весн|осен|зим)[а-яё]*\\s+${YEAR}${NOT_DIGIT_AFTER}`, 'giu'),
    cue: (m) => season(RU_SEASONS[(m[1] ?? '').toLowerCase()] ?? '', Number(m[2])),
  },
  {
    // "21 July 1958", "July 21, 1958", "Feb. 1950"
    re: new RegExp(
      `${NOT_WORD_BEFORE}(?:\\d{1,2}\\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?(?:\\s+\\d{1,2},?)?\\s+${YEAR}${NOT_DIGIT_AFTER}`,
      'giu',
    ),
    cue: (m) => month(Number(m[2]), EN_MONTHS.indexOf((m[1] ?? '').toLowerCase()) + 1),
  },
  {
    // "14 февраля 1950 года", "в июне 1960"
    re: new RegExp(
      `${NOT_WORD_BEFORE}(январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]{0,3}\\s+${YEAR}${NOT_DIGIT_AFTER}`,
      'giu',
    ),
    cue: (m) => month(Number(m[2]), RU_MONTHS.indexOf((m[1] ?? '').toLowerCase()) + 1),
  },
  {
    // "1950年代", "一九五〇年代"
    re: new RegExp(`${ZH_YEAR}\\s*年代`, 'gu'),
    cue: (m) => decade(zhYear(m[1] ?? '')),
  },
  {
    // "1958年7月", "一九五八年七月", "1958年夏", "1958年"
    re: new RegExp(`${ZH_YEAR}\\s*年(?:\\s*([0-9]{1,2}|十[一二]?|[一二三四五六七八九])\\s*月|([春夏秋冬]))?`, 'gu'),
    cue: (m) => {
      const year = zhYear(m[1] ?? '');
      if (m[2]) return month(year, zhNumber(m[2]));
      if (m[3]) return season(ZH_SEASONS[m[3]] ?? '', year);
      return { ...span(year, year), precision: 'year' };
    },
  },
  {
    // "the 1950s", "1950-х годов"
    re: new RegExp(`${NOT_WORD_BEFORE}(1[89]\\d0|20\\d0)(?:s|[-–]х)${NOT_WORD_BEFORE.replace('<!', '!')}`, 'gu'),
    cue: (m) => decade(Number(m[1])),
  },
  {
    // "1949–50", "1956–1957"
    re: new RegExp(`${NOT_WORD_BEFORE}${YEAR}\\s*[–—-]\\s*(\\d{4}|\\d{2})${NOT_DIGIT_AFTER}`, 'gu'),
    cue: (m) => {
      const first = Number(m[1]);
      const end = m[2] ?? '';
      const last = end.length === 2 ? Math.floor(first / 100) * 100 + Number(end) : Number(end);
      return last > first && last - first <= 20 ? { ...span(first, last), precision: 'year' } : null;
    },
  },
  {
    re: new RegExp(`${NOT_WORD_BEFORE}${YEAR}${NOT_DIGIT_AFTER}`, 'gu'),
    cue: (m) => ({ ...span(Number(m[1]), Number(m[1])), precision: 'year' }),
  },
];

/** Every date in text, the most precise reading of each place first claiming it. */
export function dateCues(text: string): DateCue[] {
  const normal = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const taken: [number, number][] = [];
  const found: { at: number; cue: DateCue }[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(normal); m; m = rule.re.exec(normal)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const cue = rule.cue(m);
      if (!cue) continue;
      taken.push([start, end]);
      found.push({ at: start, cue: { ...cue, text: text.slice(start, end).trim() } });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.cue);
}

function span(firstYear: number, lastYear: number): { from: number; to: number } {
  return { from: monthIndex(firstYear, 1), to: monthIndex(lastYear, 12) };
}

function month(year: number, m: number): Omit<DateCue, 'text'> | null {
  return m >= 1 && m <= 12 ? { from: monthIndex(year, m), to: monthIndex(year, m), precision: 'month' } : null;
}

function season(name: string, year: number): Omit<DateCue, 'text'> | null {
  const months = SEASONS[name];
  if (!months) return null;
  return { from: monthIndex(year, months[0]), to: monthIndex(year, months[1]), precision: 'month' };
}

function decade(year: number): Omit<DateCue, 'text'> {
  return { ...span(year, year + 9), precision: 'decade' };
}

function zhYear(digits: string): number {
  if (/^[0-9]+$/.test(digits)) return Number(digits);
  return Number([...digits].map((c) => ZH_DIGITS[c] ?? 0).join(''));
}

/** 1–12 in Arabic or Chinese numerals (七, 十, 十二). */
function zhNumber(text: string): number {
  if (/^[0-9]+$/.test(text)) return Number(text);
  if (text.startsWith('十')) return 10 + (ZH_DIGITS[text[1] ?? ''] ?? 0);
  return ZH_DIGITS[text] ?? 0;
}

/**
 * Dates of evidence: partial ISO strings (1958, 1958-07, 1958-07-22) compared and written out
 * without inventing precision the record does not have ("Jul 1958", never "1 Jul 1958").
 */
import type { Evidence, KnowledgeBase, TextLang } from './kb-types';

/** Any reader language: both Chinese scripts write dates alike; Russian has its own month names. */
export type DateLang = TextLang;

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Russian month names: genitive after a day ("22 июля 1958"), nominative alone ("июль 1958"). */
const MONTHS_RU_GEN = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const MONTHS_RU_NOM = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];

const isZh = (lang: DateLang): boolean => lang === 'zh-Hans' || lang === 'zh-Hant';

/** Partial ISO dates sort as strings: "1958" < "1958-07" < "1958-07-22" < "1958-08". */
export function compareEvidence(a: Evidence, b: Evidence): number {
  return cmp(a.date, b.date) || cmp(a.dateEnd ?? a.date, b.dateEnd ?? b.date) || cmp(a.id, b.id);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function formatDate(iso: string, lang: DateLang): string {
  const [year = iso, month, day] = iso.split('-');
  const m = month === undefined ? undefined : Number(month);
  const d = day === undefined ? undefined : Number(day);
  if (isZh(lang)) return `${year}年${m === undefined ? '' : `${m}月`}${d === undefined ? '' : `${d}日`}`;
  const months = lang === 'ru' ? (d === undefined ? MONTHS_RU_NOM : MONTHS_RU_GEN) : MONTHS_EN;
  const monthName = m === undefined ? undefined : months[m - 1];
  return [d, monthName, year].filter((part) => part !== undefined).join(' ');
}

/** A span says what its ends share once: "18–19 Nov 1957", "31 Jul – 3 Aug 1958", "1958年7月31日至8月3日". */
export function formatSpan(evidence: Pick<Evidence, 'date' | 'dateEnd'>, lang: DateLang): string {
  const { date, dateEnd } = evidence;
  if (!dateEnd || dateEnd === date) return formatDate(date, lang);
  const [y1, m1, d1] = date.split('-');
  const [y2, m2, d2] = dateEnd.split('-');
  const full = `${formatDate(date, lang)}${isZh(lang) ? '至' : ' – '}${formatDate(dateEnd, lang)}`;
  // Only spans whose ends are written to the same precision are shortened.
  if (y1 !== y2 || (m1 === undefined) !== (m2 === undefined) || (d1 === undefined) !== (d2 === undefined)) return full;
  if (isZh(lang)) {
    if (m1 === undefined || m2 === undefined) return full;
    const end = m1 === m2 && d2 !== undefined ? `${Number(d2)}日` : formatDate(dateEnd, lang).replace(`${y2}年`, '');
    return `${formatDate(date, lang)}至${end}`;
  }
  if (m1 === undefined || d1 === undefined || d2 === undefined) return full;
  if (m1 === m2) return `${Number(d1)}–${formatDate(dateEnd, lang)}`;
  return `${formatDate(date, lang).replace(` ${y1}`, '')} – ${formatDate(dateEnd, lang)}`;
}

/** Every evidence item, optionally only those about a topic and/or bearing on a thesis, in date order. */
export function evidenceFor(kb: KnowledgeBase, filter: { topic?: string; thesis?: string } = {}): Evidence[] {
  const thesis = filter.thesis ? kb.theses.find((t) => t.id === filter.thesis) : undefined;
  // A thesis's evidence includes what its other readings cite: both bear on it.
  const ofThesis = thesis
    ? new Set([...thesis.evidence, ...thesis.otherReadings.flatMap((r) => r.evidence ?? [])])
    : undefined;
  return kb.evidence
    .filter((e) => (filter.topic ? e.topics.includes(filter.topic) : true))
    .filter((e) => (ofThesis ? ofThesis.has(e.id) : !filter.thesis))
    .sort(compareEvidence);
}

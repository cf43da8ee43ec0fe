/**
 * Dates of evidence: partial ISO strings (1958, 1958-07, 1958-07-22) compared and written out
 * without inventing precision the record does not have ("Jul 1958", never "1 Jul 1958").
 */
import type { Evidence, KnowledgeBase, TextLang } from './kb-types';

/** Dates are written in the reader's language: "14 Feb 1950", "1950年2月14日", "14 февраля 1950 г.". */
export type DateLang = TextLang;

/** Partial ISO dates sort as strings: "1958" < "1958-07" < "1958-07-22" < "1958-08". */
export function compareEvidence(a: Evidence, b: Evidence): number {
  return cmp(a.date, b.date) || cmp(a.dateEnd ?? a.date, b.dateEnd ?? b.date) || cmp(a.id, b.id);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const LOCALES: Record<DateLang, string> = { en: 'en-GB', 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW', ru: 'ru' };
/** Russian names the month in full ("февраля"); English abbreviates; Chinese counts (2月). */
const MONTH: Record<DateLang, 'short' | 'long'> = { en: 'short', 'zh-Hans': 'long', 'zh-Hant': 'long', ru: 'long' };
const formats = new Map<string, Intl.DateTimeFormat>();

/** The formatter for a language and a precision (year, month or day), made once. */
function formatter(lang: DateLang, precision: 1 | 2 | 3): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], {
      timeZone: 'UTC',
      year: 'numeric',
      ...(precision > 1 ? { month: MONTH[lang] } : {}),
      ...(precision > 2 ? { day: 'numeric' } : {}),
    });
    formats.set(key, format);
  }
  return format;
}

/** The date a partial ISO string names (its first day), and how much of it the record gives. */
function parse(iso: string): { at: Date; precision: 1 | 2 | 3 } | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return null;
  const at = new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1));
  // Years before 100 would shift a century; none of ours are, but keep the record's year.
  at.setUTCFullYear(Number(m[1]));
  return { at, precision: m[3] ? 3 : m[2] ? 2 : 1 };
}

export function formatDate(iso: string, lang: DateLang): string {
  const parsed = parse(iso);
  return parsed ? keepYearMark(formatter(lang, parsed.precision).format(parsed.at)) : iso;
}

/** "1950 г." never breaks before "г." (ICU writes a no-break space in ranges but not in single dates). */
function keepYearMark(text: string): string {
  return text.replace(/(\d)[\s\u00a0\u202f]г\./g, '$1\u00a0г.');
}

const isChinese = (lang: DateLang): boolean => lang === 'zh-Hans' || lang === 'zh-Hant';

/**
 * A span says what its ends share once: "18–19 Nov 1957", "31 Jul – 3 Aug 1958", "1958年7月31日至8月3日",
 * "31 июля – 3 августа 1958 г." (Russian from Intl's range format, which writes Chinese spans as 1958/7/31).
 */
export function formatSpan(evidence: Pick<Evidence, 'date' | 'dateEnd'>, lang: DateLang): string {
  const { date, dateEnd } = evidence;
  if (!dateEnd || dateEnd === date) return formatDate(date, lang);
  const [y1, m1, d1] = date.split('-');
  const [y2, m2, d2] = dateEnd.split('-');
  const full = `${formatDate(date, lang)}${isChinese(lang) ? '至' : ' – '}${formatDate(dateEnd, lang)}`;
  const from = parse(date);
  const to = parse(dateEnd);
  // Only spans whose ends are written to the same precision are shortened.
  if (!from || !to || from.precision !== to.precision) return full;
  if (lang === 'ru') return keepYearMark(formatter(lang, from.precision).formatRange(from.at, to.at));
  if (y1 !== y2) return full;
  if (isChinese(lang)) {
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

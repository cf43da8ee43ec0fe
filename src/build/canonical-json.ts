/**
 * The one accepted text form of a data file, so diffs show content changes only:
 * entries sorted by id, keys in the order kb-types.ts declares them, 2-space indent, final newline.
 */
import type { KbFileName } from './data-error';

/**
 * Declaration order of every key in kb-types.ts, merged into one list. It works as a single list
 * because no two interfaces order a shared key pair differently (e.g. Evidence: date < kind,
 * Topic: kind < label; Thesis: title < abstractLocator; Evidence title: original < en).
 */
export const KEY_ORDER: readonly string[] = [
  'id',
  'date',
  'dateEnd',
  'kind',
  'label',
  'dates',
  'from',
  'to',
  'title',
  'original',
  'en',
  'zh',
  'zh-Hans',
  'zh-Hant',
  'ru',
  'pinyin',
  'text',
  'lang',
  'why',
  'never',
  'abstractLocator',
  'author',
  'affiliation',
  'place',
  'keywords',
  'journal',
  'year',
  'volume',
  'issue',
  'pages',
  'first',
  'last',
  'doi',
  'known',
  'value',
  'note',
  'funding',
  'funder',
  'code',
  'record',
  'paper',
  'rejects',
  'aliases',
  'ambiguous',
  'summary',
  'shows',
  'source',
  'sources',
  'type',
  'collection',
  'page',
  'doc',
  'url',
  'status',
  'evidence',
  'otherReadings',
  'theses',
  'bearing',
  'related',
  'topics',
  'periods',
  'keyTerms',
  'basis',
];

const rank = new Map(KEY_ORDER.map((k, i) => [k, i]));

function compareKeys(a: string, b: string): number {
  const ra = rank.get(a) ?? Number.MAX_SAFE_INTEGER;
  const rb = rank.get(b) ?? Number.MAX_SAFE_INTEGER;
  if (ra !== rb) return ra - rb;
  return a < b ? -1 : a > b ? 1 : 0; // unknown keys (rejected by the schema anyway) go last, A–Z
}

function orderKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(orderKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).sort(([a], [b]) => compareKeys(a, b));
  return Object.fromEntries(entries.map(([k, v]) => [k, orderKeys(v)]));
}

function idOf(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null || !('id' in entry)) return undefined;
  const id: unknown = entry.id;
  return typeof id === 'string' ? id : undefined;
}

/** Stable sort by id, by UTF-16 code units (no locale); entries without an id keep their place at the end. */
function sortById(entries: readonly unknown[]): unknown[] {
  return [...entries].sort((a, b) => {
    const ia = idOf(a);
    const ib = idOf(b);
    if (ia === undefined || ib === undefined) return (ia === undefined ? 1 : 0) - (ib === undefined ? 1 : 0);
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
}

export function canonicalJson(file: KbFileName, value: unknown): string {
  const sorted = file !== 'paper' && Array.isArray(value) ? sortById(value) : value;
  return `${JSON.stringify(orderKeys(sorted), null, 2)}\n`;
}

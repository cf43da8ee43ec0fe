/**
 * The reading trail (off until the reader switches it on): where a topic was met — one record per
 * topic, page and day, with a short snippet. Pure; the background decides when to record (never
 * from a private window) and keeps the records in storage.local.
 */
import { fold } from './fold';
import { pageKey } from './notes';

/** At most this many characters of the page's text on each side of the mention. */
export const SNIPPET_SIDE = 40;
/** The trail keeps the newest records up to this many (a year of heavy reading), dropping the oldest. */
export const MAX_TRAIL = 20_000;

export interface TrailRecord {
  /** day|topic|url: the one record of this topic on this page that day. */
  id: string;
  topic: string;
  url: string;
  title: string;
  /** The local day it was met, YYYY-MM-DD. */
  day: string;
  before: string;
  mention: string;
  after: string;
  /**
   * The folded title and snippet, stored with the record so the first search after the background
   * restarts folds nothing. Derived (see searchKey): absent from records written before it existed,
   * and left out of backups.
   */
  folded?: string;
}

export interface Sighting {
  topic: string;
  /** The mention as written on the page. */
  text: string;
  /** The text around it (MentionReport.context). */
  context: string;
}

export function trailId(day: string, topic: string, url: string): string {
  return `${day}|${topic}|${url}`;
}

/** YYYY-MM-DD in the reader's own time zone (a day is the reader's day). */
export function localDay(now: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** The snippet: at most SNIPPET_SIDE characters each side of the mention, cut at the mention's own place. */
export function snippetOf(sighting: Sighting): Pick<TrailRecord, 'before' | 'mention' | 'after'> {
  const context = sighting.context.replace(/\s+/g, ' ');
  const at = context.indexOf(sighting.text);
  if (at < 0) return { before: '', mention: sighting.text, after: '' };
  return {
    before: [...context.slice(0, at)].slice(-SNIPPET_SIDE).join(''),
    mention: sighting.text,
    after: [...context.slice(at + sighting.text.length)].slice(0, SNIPPET_SIDE).join(''),
  };
}

/**
 * The trail with this page's sightings added: a topic already recorded on this page today is left as
 * it is (its first sighting stands). Returns the same array when nothing is new, so callers can skip a write.
 */
export function recordSightings(
  trail: readonly TrailRecord[],
  page: { url: string; title: string },
  sightings: readonly Sighting[],
  now: Date,
): readonly TrailRecord[] {
  const day = localDay(now);
  const url = pageKey(page.url);
  const have = new Set(trail.map((r) => r.id));
  const added: TrailRecord[] = [];
  for (const s of sightings) {
    const id = trailId(day, s.topic, url);
    if (have.has(id)) continue;
    have.add(id);
    const record: TrailRecord = { id, topic: s.topic, url, title: page.title.slice(0, 300), day, ...snippetOf(s) };
    added.push({ ...record, folded: searchKey(record) });
  }
  if (added.length === 0) return trail;
  const all = [...trail, ...added];
  return all.length > MAX_TRAIL ? all.slice(all.length - MAX_TRAIL) : all;
}

/** The host a record belongs to, for the per-site forget ("" for addresses without one). */
export function siteOf(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'file:' ? 'file:' : u.hostname;
  } catch {
    return '';
  }
}

/** The trail without the site's records (its subdomains go too: forgetting a site means all of it). */
export function forgetSite(trail: readonly TrailRecord[], site: string): TrailRecord[] {
  const host = site.toLowerCase();
  return trail.filter((r) => {
    const h = siteOf(r.url);
    return h !== host && !h.endsWith(`.${host}`);
  });
}

/**
 * What a search looks for in a record besides its address and day: the title and snippet, folded. The
 * address (ASCII once parsed) and day are searched lower-cased: a folded query word has no space or
 * dash, so it is found in them exactly where it would be found in their folded form.
 */
export function searchKey(r: Omit<TrailRecord, 'folded'>): string {
  const url = /^[\x20-\x7e]*$/.test(r.url) ? '' : `\n${r.url}`;
  return fold(`${r.title}\n${r.before}${r.mention}${r.after}${url}`);
}

/** The records with a stored search key each (the same array when none lacked one). */
export function withSearchKeys(records: readonly TrailRecord[]): readonly TrailRecord[] {
  if (records.every((r) => r.folded !== undefined)) return records;
  return records.map((r) => (r.folded === undefined ? { ...r, folded: searchKey(r) } : r));
}

/** The searchable text of each record, built once per trail so a search is one `includes` per word and record. */
export interface TrailIndex {
  records: readonly TrailRecord[];
  /** The folded title and snippet, the lower-cased address and day, the folded topic label. */
  keys: string[];
}

/**
 * `cache`: each record's search text by id (for one `topicLabel`; records never change once written),
 * so indexing the trail again after a page adds a record reads only the new one. A record stored
 * without a key (written before keys were stored) is folded here, once per cache.
 */
export function indexTrail(
  records: readonly TrailRecord[],
  topicLabel: (id: string) => string = (id) => id,
  cache: Map<string, string> = new Map(),
): TrailIndex {
  const labels = new Map<string, string>();
  const label = (id: string): string => {
    let l = labels.get(id);
    if (l === undefined) labels.set(id, (l = fold(topicLabel(id))));
    return l;
  };
  const keyOf = (r: TrailRecord): string => {
    let key = cache.get(r.id);
    if (key === undefined) {
      key = `${r.folded ?? searchKey(r)}\n${`${r.url}\n${r.day}`.toLowerCase()}\n${label(r.topic)}`;
      cache.set(r.id, key);
    }
    return key;
  };
  return { records, keys: records.map(keyOf) };
}

/** Records matching every word of the query, newest day first. */
export function searchTrail(index: TrailIndex, query: string, limit = 200): TrailRecord[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const hits: TrailRecord[] = [];
  for (let i = index.records.length - 1; i >= 0 && hits.length < limit; i--) {
    const key = index.keys[i] ?? '';
    if (words.every((w) => key.includes(w))) hits.push(index.records[i] as TrailRecord);
  }
  return hits.sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
}

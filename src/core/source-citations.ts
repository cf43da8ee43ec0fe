/**
 * The paper and every source our evidence rests on, for a reference manager: BibTeX, RIS and CSL-JSON.
 * Only what data/ records goes in (title, author, collection, page, document number, an address seen
 * to lead to the document); a source's publication year is not recorded, so none is given. The note
 * says which evidence item cites it, with that item's date and whether it is verified or secondary.
 */
import { bibEscape, formatCitation, paperCslItem } from './citation';
import type { Evidence, KnowledgeBase, SourceRef, SourceType } from './kb-types';

export type ExchangeFormat = 'bibtex' | 'ris' | 'csljson';

interface SourceEntry {
  key: string;
  type: SourceType | 'citation';
  title: string;
  author?: string;
  collection?: string;
  page?: string;
  doc?: string;
  url?: string;
  note: string;
}

const BIB_TYPE: Record<SourceEntry['type'], string> = {
  document: 'misc',
  edition: 'book',
  monograph: 'book',
  article: 'article',
  press: 'article',
  web: 'online',
  citation: 'misc',
};
const RIS_TYPE: Record<SourceEntry['type'], string> = {
  document: 'GEN',
  edition: 'BOOK',
  monograph: 'BOOK',
  article: 'JOUR',
  press: 'NEWS',
  web: 'ELEC',
  citation: 'GEN',
};
const CSL_TYPE: Record<SourceEntry['type'], string> = {
  document: 'document',
  edition: 'book',
  monograph: 'book',
  article: 'article-journal',
  press: 'article-newspaper',
  web: 'webpage',
  citation: 'document',
};

function citedFor(evidence: Evidence): string {
  const date = evidence.dateEnd ? `${evidence.date}/${evidence.dateEnd}` : evidence.date;
  return `Cited for: ${evidence.title.en} (${date}); ${evidence.status}`;
}

/** One entry per distinct source; an evidence item with no structured source gives its citation text. */
export function sourceEntries(evidence: readonly Evidence[]): SourceEntry[] {
  const byIdentity = new Map<string, SourceEntry>();
  for (const item of evidence) {
    const refs: (SourceRef | null)[] = item.sources?.length ? item.sources : [null];
    refs.forEach((ref, i) => {
      const entry: SourceEntry = ref
        ? { key: `ssn-${item.id}-${i + 1}`, ...ref, note: citedFor(item) }
        : { key: `ssn-${item.id}`, type: 'citation', title: item.source, note: citedFor(item) };
      const identity = JSON.stringify([
        entry.type,
        entry.title,
        entry.author,
        entry.collection,
        entry.page,
        entry.doc,
        entry.url,
      ]);
      const seen = byIdentity.get(identity);
      if (seen) seen.note += ` | ${citedFor(item)}`;
      else byIdentity.set(identity, entry);
    });
  }
  return [...byIdentity.values()];
}

function bibEntry(e: SourceEntry): string {
  const container = e.type === 'article' || e.type === 'press' ? 'journal' : 'howpublished';
  const fields: [string, string | undefined][] = [
    ['title', e.title && `{${bibEscape(e.title)}}`],
    // An author may be an institution: double braces keep BibTeX from splitting it into names.
    ['author', e.author && `{{${bibEscape(e.author)}}}`],
    [container, e.collection && `{${bibEscape(e.collection)}}`],
    ['pages', e.page && `{${bibEscape(e.page)}}`],
    ['number', e.doc && `{${bibEscape(e.doc)}}`],
    ['url', e.url && `{${e.url}}`],
    ['note', `{${bibEscape(e.note)}}`],
  ];
  const lines = fields.filter((f): f is [string, string] => Boolean(f[1]));
  return `@${BIB_TYPE[e.type]}{${e.key},\n${lines.map(([n, v]) => `  ${n} = ${v}`).join(',\n')}\n}`;
}

function risEntry(e: SourceEntry): string {
  const tags: [string, string | undefined][] = [
    ['TY', RIS_TYPE[e.type]],
    ['TI', e.title],
    ['AU', e.author],
    ['T2', e.collection],
    ['SP', e.page],
    ['M1', e.doc],
    ['UR', e.url],
    ['N1', e.note],
    ['ER', ''],
  ];
  return tags
    .filter((t): t is [string, string] => t[1] !== undefined)
    .map(([tag, value]) => `${tag}  - ${value.replace(/\s*\n\s*/g, ' ')}`)
    .join('\n');
}

function cslItem(e: SourceEntry): Record<string, unknown> {
  return {
    id: e.key,
    type: CSL_TYPE[e.type],
    title: e.title,
    ...(e.author ? { author: [{ literal: e.author }] } : {}),
    ...(e.collection ? { 'container-title': e.collection } : {}),
    ...(e.page ? { page: e.page } : {}),
    ...(e.doc ? { number: e.doc } : {}),
    ...(e.url ? { URL: e.url } : {}),
    note: e.note,
  };
}

/** The paper first, then every source of the evidence, in one file of the chosen format. */
export function formatAllSources(kb: Pick<KnowledgeBase, 'paper' | 'evidence'>, format: ExchangeFormat): string {
  const entries = sourceEntries(kb.evidence);
  switch (format) {
    case 'bibtex':
      return [formatCitation(kb.paper, 'bibtex'), ...entries.map(bibEntry)].join('\n\n') + '\n';
    case 'ris':
      return [formatCitation(kb.paper, 'ris'), ...entries.map(risEntry)].join('\n\n') + '\n';
    case 'csljson':
      return JSON.stringify([paperCslItem(kb.paper), ...entries.map(cslItem)], null, 2) + '\n';
  }
}

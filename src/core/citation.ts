/**
 * Citations of the paper: four reference styles (GB/T 7714, APA 7, Chicago, BibTeX) and two
 * exchange formats (RIS, CSL-JSON), all from data/paper.json. Fields the journal's record does not
 * give (volume, DOI) are left out of the citation, never guessed; the record view says they are unknown.
 */
import type { Paper } from './kb-types';

export type CitationStyle = 'gbt7714' | 'apa7' | 'chicago' | 'bibtex' | 'ris' | 'csljson';
export const CITATION_STYLES: readonly CitationStyle[] = ['gbt7714', 'apa7', 'chicago', 'bibtex', 'ris', 'csljson'];

/** Family and given name: an all-capitals word is the family name ("XU Hao"), else "Family, Given". */
export function nameParts(author: string): { family: string; given: string; familyFirst: boolean } {
  const words = author.trim().split(/\s+/);
  const capsAt = words.findIndex((w) => w.length > 1 && w === w.toUpperCase() && /\p{Lu}/u.test(w));
  if (capsAt >= 0) {
    const raw = words[capsAt] ?? '';
    const family = raw.charAt(0) + raw.slice(1).toLowerCase();
    return { family, given: words.filter((_, i) => i !== capsAt).join(' '), familyFirst: capsAt === 0 };
  }
  const [family = author, given = ''] = author.split(',').map((s) => s.trim());
  return { family, given, familyFirst: false };
}

const volumeOf = (paper: Paper): string | null => (paper.volume.known ? paper.volume.value : null);
const doiOf = (paper: Paper): string | null => (paper.doi.known ? paper.doi.value : null);
/** Page range with the separator each style wants: "-" (GB/T, CSL), "–" (APA, Chicago), "--" (BibTeX). */
const pageRange = (paper: Paper, dash: string): string => `${paper.pages.first}${dash}${paper.pages.last}`;

/** GB/T 7714-2015 cites a Chinese article in Chinese: 作者. 题名[J]. 刊名, 年, 卷(期): 页码. */
function gbt7714(paper: Paper): string {
  const volume = volumeOf(paper);
  const doi = doiOf(paper);
  const where = volume ? `${paper.year}, ${volume}(${paper.issue})` : `${paper.year}(${paper.issue})`;
  return (
    `${paper.author.zh}. ${paper.title.zh}[J]. ${paper.journal.zh}, ${where}: ${pageRange(paper, '-')}.` +
    (doi ? ` DOI:${doi}.` : '')
  );
}

/** APA 7: a non-English title is romanized, with the English title in square brackets. */
function apa7(paper: Paper): string {
  const { family, given } = nameParts(paper.author.en);
  const initials = given
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((g) => `${g.charAt(0)}.`)
    .join(' ');
  const volume = volumeOf(paper);
  const doi = doiOf(paper);
  return (
    `${family}, ${initials} (${paper.year}). ${paper.title.pinyin} [${paper.title.en}]. ${paper.journal.en}, ` +
    `${volume ?? ''}(${paper.issue}), ${pageRange(paper, '–')}.${doi ? ` https://doi.org/${doi}` : ''}`
  );
}

/** Chicago (bibliography): romanized title, characters, English title in brackets (CMOS 11.96). */
function chicago(paper: Paper): string {
  const { family, given, familyFirst } = nameParts(paper.author.en);
  const name = familyFirst ? `${family} ${given}` : `${family}, ${given}`;
  const volume = volumeOf(paper);
  const doi = doiOf(paper);
  return (
    `${name} ${paper.author.zh}. “${paper.title.pinyin}” ${paper.title.zh} [${paper.title.en}]. ` +
    `${paper.journal.pinyin} ${paper.journal.zh}${volume ? ` ${volume}` : ''}, no. ${paper.issue} (${paper.year}): ` +
    `${pageRange(paper, '–')}.${doi ? ` https://doi.org/${doi}.` : ''}`
  );
}

/** What the exchange formats say about the Chinese original and the fields the record lacks. */
function chineseNote(paper: Paper): string {
  const lacking = [paper.volume.known ? null : 'volume', paper.doi.known ? null : 'DOI'].filter(Boolean);
  const lack = lacking.length > 0 ? ` The journal's record gives no ${lacking.join(' or ')}.` : '';
  return `In Chinese: ${paper.author.zh}, ${paper.title.zh}, ${paper.journal.zh}.${lack}`;
}

const citationKey = (paper: Paper): string => {
  const family = nameParts(paper.author.en).family.toLowerCase();
  const firstWord = paper.title.en.toLowerCase().match(/[a-z]+/)?.[0] ?? '';
  return `${family}${paper.year}${firstWord}`;
};

export function bibEscape(text: string): string {
  return text.replace(/([&%$#_])/g, '\\$1');
}

function bibtex(paper: Paper): string {
  const { family, given } = nameParts(paper.author.en);
  const volume = volumeOf(paper);
  const doi = doiOf(paper);
  const lines: [string, string][] = [
    ['author', `{${bibEscape(family)}, ${bibEscape(given)}}`],
    ['title', `{{${bibEscape(paper.title.en)}}}`],
    ['journal', `{${bibEscape(paper.journal.en)}}`],
    ['year', `{${paper.year}}`],
    ...(volume ? [['volume', `{${bibEscape(volume)}}`] as [string, string]] : []),
    ['number', `{${bibEscape(paper.issue)}}`],
    ['pages', `{${pageRange(paper, '--')}}`],
    ...(doi ? [['doi', `{${bibEscape(doi)}}`] as [string, string]] : []),
    ['language', '{chinese}'],
    ['keywords', `{${bibEscape(paper.keywords.join('; '))}}`],
    ['note', `{${bibEscape(chineseNote(paper))}}`],
  ];
  const width = Math.max(...lines.map(([name]) => name.length));
  return `@article{${citationKey(paper)},\n${lines.map(([n, v]) => `  ${n.padEnd(width)} = ${v}`).join(',\n')}\n}`;
}

/** RIS: one "TAG  - value" line per field, ending with "ER  - ". */
function ris(paper: Paper): string {
  const { family, given } = nameParts(paper.author.en);
  const volume = volumeOf(paper);
  const doi = doiOf(paper);
  const tags: [string, string][] = [
    ['TY', 'JOUR'],
    ['AU', `${family}, ${given}`],
    ['TI', paper.title.en],
    ['T2', paper.journal.en],
    ['PY', String(paper.year)],
    ...(volume ? [['VL', volume] as [string, string]] : []),
    ['IS', paper.issue],
    ['SP', String(paper.pages.first)],
    ['EP', String(paper.pages.last)],
    ...(doi ? [['DO', doi] as [string, string]] : []),
    ['LA', 'Chinese'],
    ...paper.keywords.map((k): [string, string] => ['KW', k]),
    ['N1', chineseNote(paper)],
    ['ER', ''],
  ];
  return tags.map(([tag, value]) => `${tag}  - ${value}`).join('\n');
}

/** CSL-JSON (the input format of citeproc, Zotero and Pandoc): an array of one item. */
function csljson(paper: Paper): string {
  const { family, given } = nameParts(paper.author.en);
  const volume = volumeOf(paper);
  const doi = doiOf(paper);
  const item = {
    id: citationKey(paper),
    type: 'article-journal',
    title: paper.title.en,
    author: [{ family, given }],
    'container-title': paper.journal.en,
    issued: { 'date-parts': [[paper.year]] },
    ...(volume ? { volume } : {}),
    issue: paper.issue,
    page: pageRange(paper, '-'),
    ...(doi ? { DOI: doi } : {}),
    language: 'zh-CN',
    keyword: paper.keywords.join(', '),
    note: chineseNote(paper),
  };
  return JSON.stringify([item], null, 2);
}

const FORMATTERS: Record<CitationStyle, (paper: Paper) => string> = { gbt7714, apa7, chicago, bibtex, ris, csljson };

export function formatCitation(paper: Paper, style: CitationStyle): string {
  return FORMATTERS[style](paper);
}

/** The paper as one CSL-JSON item (not wrapped in an array), for exports that list more items. */
export function paperCslItem(paper: Paper): Record<string, unknown> {
  return (JSON.parse(csljson(paper)) as Record<string, unknown>[])[0] ?? {};
}

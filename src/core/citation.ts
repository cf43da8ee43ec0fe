/**
 * Citations of the paper in four styles. We know only part of its record (see data/paper.json):
 * every unknown field stays visibly missing ("[journal unknown]"), never guessed.
 */
import type { Known, Paper } from './kb-types';

export type CitationStyle = 'gbt7714' | 'apa7' | 'chicago' | 'bibtex';
export const CITATION_STYLES: readonly CitationStyle[] = ['gbt7714', 'apa7', 'chicago', 'bibtex'];

type Field = 'journal' | 'year' | 'volume' | 'issue' | 'pages';
const FIELDS: readonly Field[] = ['journal', 'year', 'volume', 'issue', 'pages'];

const missing = (field: Field): string => `[${field} unknown]`;

function valueOf(paper: Paper, field: Field): string {
  const known: Known<string | number> = paper[field];
  return known.known ? String(known.value) : missing(field);
}

function doiOf(paper: Paper): string | null {
  return paper.doi.known ? paper.doi.value : null;
}

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

function gbt7714(paper: Paper): string {
  const { family, given } = nameParts(paper.author);
  const v = (f: Field): string => valueOf(paper, f);
  const doi = doiOf(paper);
  return (
    `${family.toUpperCase()} ${given}. ${paper.title.en}[J]. ${v('journal')}, ${v('year')}, ` +
    `${v('volume')}(${v('issue')}): ${v('pages')}.${doi ? ` DOI: ${doi}.` : ''}`
  );
}

function apa7(paper: Paper): string {
  const { family, given } = nameParts(paper.author);
  const initials = given.split(/[\s-]+/).filter(Boolean).map((g) => `${g.charAt(0)}.`).join(' ');
  const v = (f: Field): string => valueOf(paper, f);
  const doi = doiOf(paper);
  return (
    `${family}, ${initials} (${v('year')}). ${paper.title.en}. ${v('journal')}, ${v('volume')}(${v('issue')}), ` +
    `${v('pages')}.${doi ? ` https://doi.org/${doi}` : ''}`
  );
}

function chicago(paper: Paper): string {
  const { family, given, familyFirst } = nameParts(paper.author);
  // Chinese names keep family-name-first order without a comma (Chicago Manual 14.83).
  const name = familyFirst ? `${family} ${given}` : `${family}, ${given}`;
  const v = (f: Field): string => valueOf(paper, f);
  const doi = doiOf(paper);
  return (
    `${name}. “${paper.title.en}.” ${v('journal')} ${v('volume')}, no. ${v('issue')} (${v('year')}): ` +
    `${v('pages')}.${doi ? ` https://doi.org/${doi}.` : ''}`
  );
}

function bibEscape(text: string): string {
  return text.replace(/([&%$#_])/g, '\\$1');
}

function bibtex(paper: Paper): string {
  const { family, given } = nameParts(paper.author);
  const year = paper.year.known ? String(paper.year.value) : '';
  const titleWords = paper.title.en.toLowerCase().replace(/[^a-z0-9 ]/g, '').split(' ').filter(Boolean);
  const key = [family.toLowerCase(), year, ...titleWords.slice(0, 3)].filter(Boolean).join('_');
  const lines: [string, string][] = [
    ['author', `{${bibEscape(family)}, ${bibEscape(given)}}`],
    ['title', `{{${bibEscape(paper.title.en)}}}`],
  ];
  for (const field of FIELDS) {
    const known = paper[field];
    if (known.known) lines.push([field === 'issue' ? 'number' : field, `{${bibEscape(String(known.value))}}`]);
  }
  const doi = doiOf(paper);
  if (doi) lines.push(['doi', `{${bibEscape(doi)}}`]);
  if (paper.keywords.length > 0) lines.push(['keywords', `{${bibEscape(paper.keywords.join('; '))}}`]);
  const unknown = FIELDS.filter((f) => !paper[f].known);
  if (unknown.length > 0) lines.push(['note', `{${unknown.join(', ')} unknown}`]);
  const width = Math.max(...lines.map(([name]) => name.length));
  return `@article{${key},\n${lines.map(([n, v]) => `  ${n.padEnd(width)} = ${v}`).join(',\n')}\n}`;
}

const FORMATTERS: Record<CitationStyle, (paper: Paper) => string> = { gbt7714, apa7, chicago, bibtex };

export function formatCitation(paper: Paper, style: CitationStyle): string {
  return FORMATTERS[style](paper);
}

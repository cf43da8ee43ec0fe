/**
 * Notes (and the trail) as files a reader takes elsewhere: Markdown grouped by topic, and CSV in UTF-8
 * with a byte-order mark, which spreadsheet programs need to read Chinese and Russian as such.
 */
import type { Note } from './notes';
import type { TrailRecord } from './trail';

export interface Labels {
  topic(id: string): string;
  evidence(id: string): string;
  /** Heading for notes on no topic. */
  noTopic: string;
}

/** Markdown text: characters that would start markup are escaped; quotes become block quotes. */
function mdText(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function mdQuote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${mdText(line)}`)
    .join('\n');
}

/** An address goes in angle brackets, which Markdown reads to the next ">" only. */
function mdLink(title: string, url: string): string {
  return `[${mdText(title || url)}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}

function noteMarkdown(note: Note, labels: Labels): string {
  const parts: string[] = [];
  if (note.evidence) parts.push(`*${mdText(labels.evidence(note.evidence))}*`);
  if (note.quote) parts.push(mdQuote(note.quote.exact));
  if (note.url) parts.push(`— ${mdLink(note.title ?? '', note.url)}`);
  if (note.text) parts.push(note.text.split('\n').map(mdText).join('  \n'));
  parts.push(
    `<sub>${note.created.slice(0, 10)}${note.updated !== note.created ? ` · ${note.updated.slice(0, 10)}` : ''}</sub>`,
  );
  return parts.join('\n\n');
}

/** Notes grouped by topic (topics in label order, notes oldest first), each group a second-level heading. */
export function notesMarkdown(notes: readonly Note[], labels: Labels, title: string): string {
  const groups = new Map<string, Note[]>();
  for (const note of notes) {
    const key = note.topic ?? '';
    groups.set(key, [...(groups.get(key) ?? []), note]);
  }
  const heading = (key: string): string => (key ? labels.topic(key) : labels.noTopic);
  const keys = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : heading(a).localeCompare(heading(b))));
  const sections = keys.map((key) => {
    const items = [...(groups.get(key) ?? [])].sort((a, b) => a.created.localeCompare(b.created));
    return `## ${mdText(heading(key))}\n\n${items.map((n) => noteMarkdown(n, labels)).join('\n\n---\n\n')}`;
  });
  return `# ${mdText(title)}\n\n${sections.join('\n\n')}\n`;
}

const BOM = '\uFEFF';

/**
 * One CSV cell (RFC 4180). A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a
 * leading apostrophe: page text is not to be trusted with formulas.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const NOTE_CSV_HEADER = [
  'id',
  'kind',
  'topic',
  'topic_label',
  'evidence',
  'title',
  'url',
  'quote',
  'prefix',
  'suffix',
  'note',
  'created',
  'updated',
] as const;

export function notesCsv(notes: readonly Note[], labels: Labels): string {
  return csv(
    NOTE_CSV_HEADER,
    notes.map((n) => [
      n.id,
      n.kind,
      n.topic ?? '',
      n.topic ? labels.topic(n.topic) : '',
      n.evidence ?? '',
      n.title ?? '',
      n.url ?? '',
      n.quote?.exact ?? '',
      n.quote?.prefix ?? '',
      n.quote?.suffix ?? '',
      n.text,
      n.created,
      n.updated,
    ]),
  );
}

export function trailCsv(trail: readonly TrailRecord[], labels: Labels): string {
  return csv(
    ['day', 'topic', 'topic_label', 'title', 'url', 'before', 'mention', 'after'],
    trail.map((r) => [r.day, r.topic, labels.topic(r.topic), r.title, r.url, r.before, r.mention, r.after]),
  );
}

import { describe, expect, it } from 'vitest';
import { csvCell, notesCsv, notesMarkdown, type Labels } from '../../../src/core/note-exports';
import { createNote } from '../../../src/core/notes';
import { formatAllSources, sourceEntries } from '../../../src/core/source-citations';
import type { Evidence, Paper } from '../../../src/core/kb-types';
import paperJson from '../../../data/paper.json';

const t0 = new Date('2026-12-01T10:00:00Z');
const labels: Labels = {
  topic: (id) => ({ mao: 'Mao Zedong', stalin: 'Stalin' })[id] ?? id,
  evidence: (id) => `E:${id}`,
  noTopic: 'No topic',
};
const notes = [
  createNote({ kind: 'topic', topic: 'stalin', text: 'Сталин, "вождь"\nline two' }, 'a', t0),
  createNote(
    {
      kind: 'passage',
      topic: 'mao',
      url: 'https://x.org/a b',
      title: 'Page *one*',
      quote: { exact: '以苏联为首', prefix: '', suffix: '' },
    },
    'b',
    t0,
  ),
  createNote({ kind: 'evidence', evidence: 'e1', text: '=SUM(A1)' }, 'c', t0),
];

describe('note exports', () => {
  it('Markdown groups notes by topic label, quotes passages and links pages', () => {
    const md = notesMarkdown(notes, labels, 'My notes');
    expect(md.indexOf('## Mao Zedong')).toBeLessThan(md.indexOf('## Stalin'));
    expect(md.indexOf('## Stalin')).toBeLessThan(md.indexOf('## No topic'));
    expect(md).toContain('> 以苏联为首');
    expect(md).toContain('[Page \\*one\\*](<https://x.org/a%20b>)');
    expect(md).toContain('*E:e1*');
  });

  it('CSV starts with a BOM, quotes what needs quoting and defuses formulas', () => {
    const csv = notesCsv(notes, labels);
    expect(csv.startsWith('\uFEFFid,kind,topic')).toBe(true);
    expect(csv).toContain('"Сталин, ""вождь""\nline two"');
    expect(csv).toContain(",'=SUM(A1),");
    expect(csv.split('\r\n')).toHaveLength(5);
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('plain')).toBe('plain');
  });
});

describe('source citations', () => {
  const evidence = [
    {
      id: 'e1',
      date: '1950-02-14',
      title: { original: '', en: 'Treaty' },
      source: 'x',
      status: 'verified',
      sources: [{ title: 'Treaty text', type: 'document', collection: 'UNTS', doc: 'No. 1', url: 'https://u.org/t' }],
    },
    {
      id: 'e2',
      date: '1958',
      title: { original: '', en: 'Talk' },
      source: 'Wikipedia, "Talk"; secondary',
      status: 'secondary',
    },
    {
      id: 'e3',
      date: '1950',
      title: { original: '', en: 'Treaty again' },
      source: 'x',
      status: 'verified',
      sources: [{ title: 'Treaty text', type: 'document', collection: 'UNTS', doc: 'No. 1', url: 'https://u.org/t' }],
    },
  ] as unknown as Evidence[];
  const kb = { paper: paperJson as Paper, evidence };

  it('one entry per distinct source, naming every evidence item that cites it', () => {
    const entries = sourceEntries(evidence);
    expect(entries).toHaveLength(2);
    expect(entries[0]!.note).toBe(
      'Cited for: Treaty (1950-02-14); verified | Cited for: Treaty again (1950); verified',
    );
    expect(entries[1]).toMatchObject({ type: 'citation', title: 'Wikipedia, "Talk"; secondary' });
  });

  it('BibTeX, RIS and CSL-JSON carry the paper first and every source, and no invented year', () => {
    const bib = formatAllSources(kb, 'bibtex');
    expect(bib.startsWith('@article{xu2022mao,')).toBe(true);
    expect(bib).toContain('@misc{ssn-e1-1,');
    expect(bib).toContain('  number = {No. 1}');
    const ris = formatAllSources(kb, 'ris');
    expect(ris.match(/^ER {2}- $/gm)).toHaveLength(3);
    expect(ris).toContain('UR  - https://u.org/t');
    const csl = JSON.parse(formatAllSources(kb, 'csljson')) as Record<string, unknown>[];
    expect(csl.map((i) => i.id)).toEqual(['xu2022mao', 'ssn-e1-1', 'ssn-e2']);
    expect(csl[1]).not.toHaveProperty('issued');
  });
});

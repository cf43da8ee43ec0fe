// The knowledge base validates, and each kind of mistake the issue names fails with the file,
// the entry id and the field in the message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/build/canonical-json';
import { KB_FILES, type KbFileName } from '../../src/build/data-error';
import { formatDataErrors, validateKnowledgeBase, type KbFiles } from '../../src/build/validate-data';
import type { Evidence, Thesis, Topic } from '../../src/core/kb-types';

const DATA = join(__dirname, '..', '..', 'data');
const read = (name: KbFileName): string => readFileSync(join(DATA, `${name}.json`), 'utf8');
const load = (): KbFiles => Object.fromEntries(KB_FILES.map((n) => [n, JSON.parse(read(n))])) as KbFiles;
const messages = (files: KbFiles): string => formatDataErrors(validateKnowledgeBase(files));

describe('data/ as committed', () => {
  it('validates with no error', () => {
    expect(messages(load())).toBe('');
  });

  it.each(KB_FILES)('data/%s.json is in canonical form (npm run format:data)', (name) => {
    const text = read(name);
    expect(text).toBe(canonicalJson(name, JSON.parse(text)));
  });

  it('has the size the issue asks for', () => {
    const files = load();
    expect((files.topics as Topic[]).length).toBeGreaterThanOrEqual(45);
    expect((files.evidence as Evidence[]).length).toBeGreaterThanOrEqual(45);
    expect((files.theses as Thesis[]).length).toBe(5);
    for (const t of files.theses as Thesis[]) expect(t.evidence.length, t.id).toBeGreaterThanOrEqual(4);
  });
});

describe('a bad entry fails with file, entry and field', () => {
  const firstTopic = (f: KbFiles) => (f.topics as Topic[])[0] as Topic;
  const firstEvidence = (f: KbFiles) => (f.evidence as Evidence[])[0] as Evidence;

  it('a broken reference', () => {
    const f = load();
    const t = firstTopic(f);
    t.related = [...t.related, 'no-such-topic'];
    expect(messages(f)).toMatch(
      new RegExp(`data/topics\\.json: entry "${t.id}", field "related\\[\\d+\\]".*no-such-topic`),
    );
  });

  it('a thesis citing missing evidence', () => {
    const f = load();
    const th = (f.theses as Thesis[])[0] as Thesis;
    th.evidence = [...th.evidence, '1900-01-01-nothing'];
    expect(messages(f)).toMatch(new RegExp(`data/theses\\.json: entry "${th.id}", field "evidence\\[\\d+\\]"`));
  });

  it('a duplicate alias across topics', () => {
    const f = load();
    const [a, b] = f.topics as Topic[];
    const stolen = (a?.aliases.en ?? [])[0] as string;
    b!.aliases.en = [...(b!.aliases.en ?? []), stolen.toUpperCase()];
    expect(messages(f)).toMatch(
      new RegExp(`data/topics\\.json: entry "(${a!.id}|${b!.id})", field "aliases\\.en\\[\\d+\\]"`),
    );
  });

  it('a missing Chinese text', () => {
    const f = load();
    const e = firstEvidence(f);
    delete (e.shows as Partial<Evidence['shows']>)['zh-Hans'];
    expect(messages(f)).toMatch(new RegExp(`data/evidence\\.json: entry "${e.id}", field "shows(\\.zh-Hans)?"`));
  });

  it.each(['1958/07', '1958-13', '1958-02-30', '58-07-01'])('a date that is not ISO: %s', (date) => {
    const f = load();
    const e = firstEvidence(f);
    e.date = date;
    expect(messages(f)).toMatch(new RegExp(`data/evidence\\.json: entry "${e.id}", field "date"`));
  });

  it('an empty source', () => {
    const f = load();
    const e = firstEvidence(f);
    e.source = '  ';
    expect(messages(f)).toMatch(new RegExp(`data/evidence\\.json: entry "${e.id}", field "source"`));
  });

  it('an orphan evidence item', () => {
    const f = load();
    const e = { ...firstEvidence(f), id: '1999-01-01-orphan', topics: [] };
    (f.evidence as Evidence[]).push(e);
    expect(messages(f)).toMatch(/data\/evidence\.json: entry "1999-01-01-orphan", field "topics"/);
  });

  it('a person with no Russian alias', () => {
    const f = load();
    const person = (f.topics as Topic[]).find((t) => t.kind === 'person') as Topic;
    delete person.aliases.ru;
    expect(messages(f)).toMatch(new RegExp(`data/topics\\.json: entry "${person.id}", field "aliases(\\.ru)?"`));
  });

  it('a thesis period that is not a month', () => {
    const f = load();
    const th = (f.theses as Thesis[])[0] as Thesis;
    th.periods = [{ from: '1958-07-21', to: '1958-08' }];
    expect(messages(f)).toMatch(new RegExp(`data/theses\\.json: entry "${th.id}", field "periods\\[0\\]\\.from"`));
  });

  it('a thesis period that ends before it starts', () => {
    const f = load();
    const th = (f.theses as Thesis[])[0] as Thesis;
    th.periods = [{ from: '1958-07', to: '1957' }];
    expect(messages(f)).toMatch(new RegExp(`data/theses\\.json: entry "${th.id}", field "periods\\[0\\]\\.to"`));
  });

  it('a thesis without Russian key terms', () => {
    const f = load();
    const th = (f.theses as Thesis[])[0] as Thesis;
    delete (th.keyTerms as Partial<Thesis['keyTerms']>).ru;
    expect(messages(f)).toMatch(new RegExp(`data/theses\\.json: entry "${th.id}", field "keyTerms(\\.ru)?"`));
  });

  it('an unknown field', () => {
    const f = load();
    (firstTopic(f) as Topic & { colour?: string }).colour = 'red';
    expect(messages(f)).toMatch(new RegExp(`data/topics\\.json: entry "${firstTopic(f).id}".*colour`));
  });
});

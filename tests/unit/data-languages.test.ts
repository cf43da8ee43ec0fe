// Every reader-facing text in data/ is written in English, Simplified Chinese and Russian; a missing or
// untranslated one fails the build naming file, entry and field; each language keeps its typography.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KB_FILES, type KbFileName } from '../../src/build/data-error';
import { localTexts } from '../../src/build/local-texts';
import { prepareData } from '../../src/build/prepare-data';
import { formatDataErrors, validateKnowledgeBase, type KbFiles } from '../../src/build/validate-data';
import type { Evidence, Thesis, Topic } from '../../src/core/kb-types';

const DATA = join(__dirname, '..', '..', 'data');
const read = (name: KbFileName): string => readFileSync(join(DATA, `${name}.json`), 'utf8');
const load = (): KbFiles => Object.fromEntries(KB_FILES.map((n) => [n, JSON.parse(read(n))])) as KbFiles;
const messages = (files: KbFiles): string => formatDataErrors(validateKnowledgeBase(files));
const { kb } = prepareData(DATA);

describe('a missing translation fails the build with file, entry and field', () => {
  it('a thesis paraphrase without Russian', () => {
    const f = load();
    const th = (f.theses as Thesis[])[0] as Thesis;
    delete (th.paper as Partial<Thesis['paper']>).ru;
    expect(messages(f)).toMatch(new RegExp(`data/theses\\.json: entry "${th.id}", field "paper\\.ru": is required`));
  });

  it('an other reading without Russian', () => {
    const f = load();
    const th = (f.theses as Thesis[]).find((t) => t.otherReadings.length > 1) as Thesis;
    delete (th.otherReadings[1]?.text as Partial<Thesis['paper']>).ru;
    expect(messages(f)).toMatch(
      new RegExp(`data/theses\\.json: entry "${th.id}", field "otherReadings\\[1\\]\\.text\\.ru": is required`),
    );
  });

  it('a topic summary, a bearing and an evidence title without Russian', () => {
    const f = load();
    const topic = (f.topics as Topic[]).find((t) => t.bearing) as Topic;
    delete (topic.summary as Partial<Topic['summary']>).ru;
    delete (topic.bearing as Partial<Topic['summary']>).ru;
    const e = (f.evidence as Evidence[])[3] as Evidence;
    delete (e.title as Partial<Evidence['title']>).ru;
    const out = messages(f);
    expect(out).toContain(`data/topics.json: entry "${topic.id}", field "summary.ru": is required`);
    expect(out).toContain(`data/topics.json: entry "${topic.id}", field "bearing.ru": is required`);
    expect(out).toContain(`data/evidence.json: entry "${e.id}", field "title.ru": is required`);
  });

  it('English pasted in place of Russian or Chinese', () => {
    const f = load();
    const e = (f.evidence as Evidence[])[0] as Evidence;
    e.shows.ru = e.shows.en;
    e.shows['zh-Hans'] = e.shows.en;
    const out = messages(f);
    expect(out).toContain(`data/evidence.json: entry "${e.id}", field "shows.ru": must be Russian text`);
    expect(out).toContain(`data/evidence.json: entry "${e.id}", field "shows.zh-Hans": must be Chinese text`);
  });

  it('a Russian word typed with a Latin look-alike letter', () => {
    const f = load();
    const e = (f.evidence as Evidence[])[1] as Evidence;
    e.shows.ru = `${e.shows.ru} Тielieketi`;
    expect(messages(f)).toContain(
      `data/evidence.json: entry "${e.id}", field "shows.ru": mixes Latin and Cyrillic letters in one word`,
    );
  });

  it('Traditional Chinese written by hand (it is generated)', () => {
    const f = load();
    const topic = (f.topics as Topic[])[0] as Topic;
    (topic.summary as Topic['summary'] & { 'zh-Hant': string })['zh-Hant'] = '手寫';
    expect(messages(f)).toMatch(new RegExp(`data/topics\\.json: entry "${topic.id}", field "summary\\.zh-Hant"`));
  });

  it("the paper record's basis without Russian", () => {
    const f = load();
    delete (f.paper as { basis: Partial<Thesis['paper']> }).basis.ru;
    expect(messages(f)).toContain('data/paper.json: entry "paper", field "basis.ru": is required');
  });

  it('a topic without a Russian name', () => {
    const f = load();
    const topic = (f.topics as Topic[])[0] as Topic;
    delete (topic.label as Partial<Topic['label']>).ru;
    expect(messages(f)).toContain(`data/topics.json: entry "${topic.id}", field "label.ru": is required`);
  });
});

describe('typography of every data text', () => {
  const texts = localTexts(kb);

  it('covers every text the reader sees', () => {
    const count = kb.theses.reduce((n, t) => n + 3 + (t.rejects ? 1 : 0) + t.otherReadings.length, 0);
    const topicTexts = kb.topics.reduce((n, t) => n + 1 + (t.bearing ? 1 : 0), 0);
    expect(texts.filter((t) => t.file !== 'paper').length).toBe(count + topicTexts + 2 * kb.evidence.length);
    // The paper record's notes: basis, record note, the unknown volume's and DOI's notes, each funder.
    expect(texts.filter((t) => t.file === 'paper').length).toBe(4 + kb.paper.funding.length);
  });

  it('Chinese (Simplified and Traditional) never uses ASCII double quotes or half-width punctuation', () => {
    const bad = texts.flatMap(({ file, entry, field, text }) =>
      (['zh-Hans', 'zh-Hant'] as const)
        .filter((lang) => /"|\p{sc=Han}[,;:!?]|[,;:!?]\p{sc=Han}/u.test(text[lang] ?? ''))
        .map((lang) => `${file} ${entry} ${field.join('.')}.${lang}`),
    );
    expect(bad).toEqual([]);
  });

  it('Russian quotes with «ёлочки», never straight quotes', () => {
    const bad = texts.filter(({ text }) => text.ru.includes('"')).map((t) => `${t.file} ${t.entry}`);
    expect(bad).toEqual([]);
    expect(texts.some(({ text }) => text.ru.includes('«'))).toBe(true);
  });
});

describe('every reader language resolves to its own text', () => {
  it('the built knowledge base carries Traditional Chinese for every text, never the English', () => {
    const missing = localTexts(kb).filter(({ text }) => !text['zh-Hant'] || text['zh-Hant'] === text.en);
    expect(missing.map((t) => `${t.file} ${t.entry} ${t.field.join('.')}`)).toEqual([]);
  });

  it('Russian is never the English text, and every topic has a Russian name', () => {
    const same = localTexts(kb).filter(({ text }) => text.ru === text.en);
    expect(same.map((t) => `${t.file} ${t.entry} ${t.field.join('.')}`)).toEqual([]);
    expect(kb.topics.filter((t) => !/\p{sc=Cyrillic}/u.test(t.label.ru)).map((t) => t.id)).toEqual([]);
  });

  it('an original title is kept only where it differs in language from a reader title', () => {
    for (const e of kb.evidence)
      for (const o of e.title.original ?? [])
        expect(o.lang === 'zh' ? /\p{sc=Han}/u : o.lang === 'ru' ? /\p{sc=Cyrillic}/u : /[A-Za-z]/, e.id).toSatisfy(
          (re: RegExp) => re.test(o.text),
        );
  });
});

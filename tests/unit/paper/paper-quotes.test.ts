// Truth in content: nothing is put in quotation marks as the paper's wording (a thesis's "paper" or
// "rejects" text) unless the abstract, English or Chinese, contains it (abstract-terms.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Thesis } from '../../../src/core/kb-types';
import { ABSTRACT_TERMS } from './abstract-terms';
import { quotations, unattributedQuotations } from './quoted-terms';

const ROOT = join(__dirname, '..', '..', '..');
const theses = JSON.parse(readFileSync(join(ROOT, 'data', 'theses.json'), 'utf8')) as Thesis[];

describe('quotations attributed to the paper', () => {
  it('finds quotations in every mark the data uses', () => {
    expect(quotations('a "b" “c” «d» 「e」 『f』 《g》 "unclosed')).toEqual(['b', 'c', 'd', 'e', 'f', 'g']);
  });

  it('accepts part of an abstract term and rejects a word the abstract does not use', () => {
    expect(unattributedQuotations('the camp "headed by the Soviet Union"', ABSTRACT_TERMS)).toEqual([]);
    expect(unattributedQuotations('Mao’s “paternal‑child party”', ABSTRACT_TERMS)).toEqual([]);
    // The wording this test was written against: 老子党 set in quotation marks as the paper's term.
    expect(unattributedQuotations('反对封建式的"家长制"统治和"老子党"式的党际关系', ABSTRACT_TERMS)).toEqual([
      '老子党',
    ]);
    expect(unattributedQuotations('a "favour repaid" for Stalin’s backing', ABSTRACT_TERMS)).toEqual(['favour repaid']);
  });

  it('no thesis quotes, as the paper’s words, anything its abstract does not contain', () => {
    const problems = theses.flatMap((t) =>
      (['paper', 'rejects'] as const).flatMap((field) =>
        (['en', 'zh-Hans'] as const).flatMap((lang) =>
          unattributedQuotations(t[field]?.[lang] ?? '', ABSTRACT_TERMS).map((q) => `${t.id}.${field}.${lang}: ${q}`),
        ),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('a Russian thesis that quotes the paper says the quotation is our translation', () => {
    // The abstract is English and Chinese: any «…» in Russian is a rendering, never the paper's own words.
    const problems = theses.flatMap((t) =>
      (['paper', 'rejects'] as const)
        .map((field) => ({ field, text: t[field]?.ru ?? '' }))
        .filter(({ text }) => quotations(text).length > 0 && !text.includes('перевод наш'))
        .map(({ field }) => `${t.id}.${field}.ru`),
    );
    expect(problems).toEqual([]);
    expect(theses.some((t) => quotations(t.paper.ru).length > 0)).toBe(true);
  });
});

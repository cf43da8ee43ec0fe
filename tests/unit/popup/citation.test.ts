// Citations carry every known field and mark every unknown one, in each style.
import { describe, expect, it } from 'vitest';
import { CITATION_STYLES, formatCitation, nameParts } from '../../../src/core/citation';
import type { Paper } from '../../../src/core/kb-types';
import { fixturePaper } from './fixture-kb';

const knownPaper: Paper = {
  ...fixturePaper,
  journal: { known: true, value: 'Journal of Test Studies' },
  year: { known: true, value: 2020 },
  volume: { known: true, value: '36' },
  issue: { known: true, value: '4' },
  pages: { known: true, value: '1-9' },
  doi: { known: true, value: '10.1234/test_5' },
};

describe('formatCitation', () => {
  it('names the author and title in every style', () => {
    for (const style of CITATION_STYLES) {
      const text = formatCitation(fixturePaper, style);
      expect(text, style).toContain(fixturePaper.title.en);
      expect(text, style).toMatch(/XU|Xu/);
    }
  });

  it('marks unknown fields visibly and invents none', () => {
    expect(formatCitation(fixturePaper, 'gbt7714')).toBe(
      "XU Hao. Mao Zedong's Pondering on Sino-Soviet Union Relation and Its Contemporary Value[J]. " +
        '[journal unknown], [year unknown], [volume unknown]([issue unknown]): [pages unknown].',
    );
    expect(formatCitation(fixturePaper, 'apa7')).toMatch(/^Xu, H\. \(\[year unknown\]\)\. .*\. \[journal unknown\], /);
    expect(formatCitation(fixturePaper, 'chicago')).toMatch(/^Xu Hao\. “.*\.” \[journal unknown\] \[volume unknown\], no\. \[issue unknown\] \(\[year unknown\]\): \[pages unknown\]\.$/);
    for (const style of CITATION_STYLES) {
      const text = formatCitation(fixturePaper, style);
      expect(text, style).not.toMatch(/\b(19|20)\d\d\b/); // no year from nowhere
      expect(text, style).not.toContain('doi');
    }
  });

  it('writes BibTeX with only known fields and a note listing the unknown ones', () => {
    const bib = formatCitation(fixturePaper, 'bibtex');
    expect(bib).toMatch(/^@article\{xu_mao_zedongs_pondering,\n/);
    expect(bib).toContain('author   = {Xu, Hao}');
    expect(bib).toContain("title    = {{Mao Zedong's Pondering");
    expect(bib).toContain('note     = {journal, year, volume, issue, pages unknown}');
    expect(bib).not.toMatch(/^\s*(journal|year|volume|number|pages)\s*=/m);
    expect(bib.endsWith('\n}')).toBe(true);
  });

  it('uses known fields where the record has them', () => {
    expect(formatCitation(knownPaper, 'gbt7714')).toContain('[J]. Journal of Test Studies, 2020, 36(4): 1-9. DOI: 10.1234/test_5.');
    expect(formatCitation(knownPaper, 'apa7')).toContain('Xu, H. (2020).');
    expect(formatCitation(knownPaper, 'apa7')).toContain('Journal of Test Studies, 36(4), 1-9. https://doi.org/10.1234/test_5');
    expect(formatCitation(knownPaper, 'chicago')).toContain('Journal of Test Studies 36, no. 4 (2020): 1-9.');
    const bib = formatCitation(knownPaper, 'bibtex');
    expect(bib).toContain('year     = {2020}');
    expect(bib).toContain('doi      = {10.1234/test\\_5}');
    expect(bib).not.toContain('note');
  });
});

describe('nameParts', () => {
  it('reads an all-capitals word as the family name', () => {
    expect(nameParts('XU Hao')).toEqual({ family: 'Xu', given: 'Hao', familyFirst: true });
    expect(nameParts('Westad, Odd Arne')).toEqual({ family: 'Westad', given: 'Odd Arne', familyFirst: false });
  });
});

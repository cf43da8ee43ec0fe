// Citations of the real record (data/paper.json), checked by hand against each style's rules, and
// of a variant with a volume and DOI to show those fields appear only when known.
import { describe, expect, it } from 'vitest';
import { CITATION_STYLES, formatCitation, nameParts } from '../../../src/core/citation';
import type { Paper } from '../../../src/core/kb-types';
import paperJson from '../../../data/paper.json';

const paper = paperJson as Paper;
const withVolumeAndDoi: Paper = {
  ...paper,
  volume: { known: true, value: '36' },
  doi: { known: true, value: '10.1234/test_5' },
};

const TITLE_EN = 'Mao Zedong’s Pondering on Sino-Soviet Union Relation and Its Contemporary Value';
const JOURNAL_EN = 'Journal of Hunan University of Science and Technology (Social Science Edition)';

describe('formatCitation on the paper’s record', () => {
  it('GB/T 7714-2015: Chinese, [J], year(issue) when there is no volume', () => {
    expect(formatCitation(paper, 'gbt7714')).toBe(
      '许浩. 毛泽东处理中苏关系的考量及其当代价值[J]. 湖南科技大学学报(社会科学版), 2022(6): 15-22.',
    );
  });

  it('APA 7: romanized title, English title in brackets, (issue) without a volume', () => {
    expect(formatCitation(paper, 'apa7')).toBe(
      'Xu, H. (2022). Mao Zedong chuli Zhong-Su guanxi de kaolü jiqi dangdai jiazhi ' +
        `[${TITLE_EN}]. ${JOURNAL_EN}, (6), 15–22.`,
    );
  });

  it('Chicago: family name first without a comma, romanization, characters and translation', () => {
    expect(formatCitation(paper, 'chicago')).toBe(
      'Xu Hao 许浩. “Mao Zedong chuli Zhong-Su guanxi de kaolü jiqi dangdai jiazhi” 毛泽东处理中苏关系的考量及其当代价值 ' +
        `[${TITLE_EN}]. Hunan keji daxue xuebao (shehui kexue ban) 湖南科技大学学报(社会科学版), no. 6 (2022): 15–22.`,
    );
  });

  it('BibTeX: known fields only, the Chinese original and the missing fields in the note', () => {
    expect(formatCitation(paper, 'bibtex')).toBe(
      [
        '@article{xu2022mao,',
        '  author   = {Xu, Hao},',
        `  title    = {{${TITLE_EN}}},`,
        `  journal  = {${JOURNAL_EN}},`,
        '  year     = {2022},',
        '  number   = {6},',
        '  pages    = {15--22},',
        '  language = {chinese},',
        '  keywords = {Mao Zedong; Soviet Union; Khrushchev; national interests; inter-Party relations},',
        "  note     = {In Chinese: 许浩, 毛泽东处理中苏关系的考量及其当代价值, 湖南科技大学学报(社会科学版). The journal's record gives no volume or DOI.}",
        '}',
      ].join('\n'),
    );
  });

  it('RIS: two-space tags, start and end pages, ER last', () => {
    expect(formatCitation(paper, 'ris')).toBe(
      [
        'TY  - JOUR',
        'AU  - Xu, Hao',
        `TI  - ${TITLE_EN}`,
        `T2  - ${JOURNAL_EN}`,
        'PY  - 2022',
        'IS  - 6',
        'SP  - 15',
        'EP  - 22',
        'LA  - Chinese',
        'KW  - Mao Zedong',
        'KW  - Soviet Union',
        'KW  - Khrushchev',
        'KW  - national interests',
        'KW  - inter-Party relations',
        "N1  - In Chinese: 许浩, 毛泽东处理中苏关系的考量及其当代价值, 湖南科技大学学报(社会科学版). The journal's record gives no volume or DOI.",
        'ER  - ',
      ].join('\n'),
    );
  });

  it('CSL-JSON: one article-journal item, issued as date-parts, no volume or DOI', () => {
    const items: unknown = JSON.parse(formatCitation(paper, 'csljson'));
    expect(items).toEqual([
      {
        id: 'xu2022mao',
        type: 'article-journal',
        title: TITLE_EN,
        author: [{ family: 'Xu', given: 'Hao' }],
        'container-title': JOURNAL_EN,
        issued: { 'date-parts': [[2022]] },
        issue: '6',
        page: '15-22',
        language: 'zh-CN',
        keyword: 'Mao Zedong, Soviet Union, Khrushchev, national interests, inter-Party relations',
        note: "In Chinese: 许浩, 毛泽东处理中苏关系的考量及其当代价值, 湖南科技大学学报(社会科学版). The journal's record gives no volume or DOI.",
      },
    ]);
  });

  it('never prints a volume or DOI the record does not give, nor an "unknown" placeholder', () => {
    for (const style of CITATION_STYLES) {
      const text = formatCitation(paper, style);
      expect(text, style).not.toMatch(/doi\.org|DOI:|\bVL\b|volume\s*=|"volume"|unknown\]/);
    }
  });
});

describe('formatCitation with a volume and DOI', () => {
  it('puts them where each style wants them', () => {
    expect(formatCitation(withVolumeAndDoi, 'gbt7714')).toBe(
      '许浩. 毛泽东处理中苏关系的考量及其当代价值[J]. 湖南科技大学学报(社会科学版), 2022, 36(6): 15-22. DOI:10.1234/test_5.',
    );
    expect(formatCitation(withVolumeAndDoi, 'apa7')).toContain(
      `${JOURNAL_EN}, 36(6), 15–22. https://doi.org/10.1234/test_5`,
    );
    expect(formatCitation(withVolumeAndDoi, 'chicago')).toContain(
      '湖南科技大学学报(社会科学版) 36, no. 6 (2022): 15–22. https://doi.org/10.1234/test_5.',
    );
    const bib = formatCitation(withVolumeAndDoi, 'bibtex');
    expect(bib).toContain('  volume   = {36},');
    expect(bib).toContain('  doi      = {10.1234/test\\_5},');
    expect(bib).toContain(
      'note     = {In Chinese: 许浩, 毛泽东处理中苏关系的考量及其当代价值, 湖南科技大学学报(社会科学版).}',
    );
    expect(formatCitation(withVolumeAndDoi, 'ris')).toContain('VL  - 36\nIS  - 6');
    expect(formatCitation(withVolumeAndDoi, 'ris')).toContain('DO  - 10.1234/test_5\n');
    expect((JSON.parse(formatCitation(withVolumeAndDoi, 'csljson')) as unknown[])[0]).toMatchObject({
      volume: '36',
      DOI: '10.1234/test_5',
    });
  });
});

describe('nameParts', () => {
  it('reads an all-capitals word as the family name', () => {
    expect(nameParts('XU Hao')).toEqual({ family: 'Xu', given: 'Hao', familyFirst: true });
    expect(nameParts('Westad, Odd Arne')).toEqual({ family: 'Westad', given: 'Odd Arne', familyFirst: false });
  });
});

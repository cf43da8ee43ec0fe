// @vitest-environment jsdom
// The paper: its record with unknown fields marked, its theses with topic links, citations to copy.
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { formatCitation } from '../../../src/core/citation';
import { PaperView } from '../../../src/popup/views/PaperView';
import { fixturePaper } from './fixture-kb';
import { renderView } from './render-view';

afterEach(cleanup);

function recordValue(term: string): HTMLElement {
  const dt = screen.getAllByRole('term').find((el) => el.textContent === term);
  return dt?.nextElementSibling as HTMLElement;
}

describe('PaperView', () => {
  it('shows the record in both scripts, the fields it lacks as unknown, and a link to it', () => {
    renderView(<PaperView />);
    expect(recordValue('Author').textContent).toBe('许浩 XU Hao');
    expect(recordValue('Title').textContent).toBe('测试论文题名 Test Paper on Sino-Soviet Relations');
    expect(recordValue('Journal').textContent).toBe('测试学报 Journal of Test Studies');
    expect(recordValue('Year').textContent).toBe('2020');
    expect(recordValue('Issue').textContent).toBe('4');
    expect(recordValue('Pages').textContent).toBe('1–9');
    expect(recordValue('Volume').textContent).toBe('unknownnot in the test record');
    expect(recordValue('DOI').textContent).toBe('unknown');
    expect(recordValue('Funding').textContent).toBe('Test Fund T-01');
    expect(recordValue('Keywords').textContent).toBe('Mao Zedong; Soviet Union; Khrushchev');
    const link = within(recordValue('Record')).getByRole('link');
    expect(link.getAttribute('href')).toBe('https://example.org/record/1');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('lists every thesis with its paraphrase, topic links and a way to its evidence', () => {
    const { log } = renderView(<PaperView />);
    expect(screen.getByRole('heading', { name: 'Its theses (2)' })).toBeTruthy();
    const thesis = screen.getByRole('heading', { name: 'Test thesis: sovereignty' }).closest('li') as HTMLElement;
    expect(within(thesis).getByText('The paper argues (paraphrase of the abstract)')).toBeTruthy();
    fireEvent.click(within(thesis).getByRole('button', { name: 'Lüshun (Port Arthur)' }));
    fireEvent.click(within(thesis).getByRole('button', { name: 'Evidence on the timeline' }));
    expect(log.opened).toEqual([
      { name: 'topic', id: 'port-arthur' },
      { name: 'timeline', thesis: 'sovereignty' },
    ]);
  });

  it('copies each citation exactly as shown, in all six formats', async () => {
    const { log } = renderView(<PaperView />);
    const styles = ['gbt7714', 'apa7', 'chicago', 'bibtex', 'ris', 'csljson'] as const;
    const names = ['GB/T 7714-2015', 'APA 7', 'Chicago', 'BibTeX', 'RIS', 'CSL-JSON'];
    for (const name of names) fireEvent.click(screen.getByRole('button', { name: `Copy ${name}` }));
    await screen.findByText('CSL-JSON citation copied.');
    expect(log.host.calls.copyText).toEqual(styles.map((style) => formatCitation(fixturePaper, style)));
    for (const style of styles) {
      expect(document.querySelector(`[data-style="${style}"] pre`)?.textContent).toBe(
        formatCitation(fixturePaper, style),
      );
    }
    expect(log.host.calls.copyText[0]).toBe('许浩. 测试论文题名[J]. 测试学报, 2020(4): 1-9.');
  });
});

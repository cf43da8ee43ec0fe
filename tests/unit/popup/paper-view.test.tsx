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
  it('shows the known record and marks unknown fields, with their notes', () => {
    renderView(<PaperView />);
    expect(recordValue('Author').textContent).toBe('XU Hao');
    expect(recordValue('Title').textContent).toContain("Mao Zedong's Pondering");
    expect(recordValue('Journal').textContent).toBe('unknownnot in the abstract we have');
    for (const field of ['Year', 'Volume', 'Issue', 'Pages', 'DOI']) expect(recordValue(field).textContent).toBe('unknown');
    expect(recordValue('Keywords').textContent).toBe('Mao Zedong; Soviet Union; Khrushchev');
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

  it('copies each citation as shown, unknown fields marked', async () => {
    const { log } = renderView(<PaperView />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy GB/T 7714-2015' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy BibTeX' }));
    await screen.findByText('BibTeX citation copied.');
    const [gbt, bib] = log.host.calls.copyText;
    expect(gbt).toBe(formatCitation(fixturePaper, 'gbt7714'));
    expect(gbt).toContain('[journal unknown]');
    expect(bib).toContain('note     = {journal, year, volume, issue, pages unknown}');
    expect(document.querySelector('[data-style="bibtex"] pre')?.textContent).toBe(bib);
    for (const name of ['Copy APA 7', 'Copy Chicago']) expect(screen.getByRole('button', { name })).toBeTruthy();
  });
});

// @vitest-environment jsdom
// "What is this?": shown the first time the popup opens, and from the header link always; names the
// paper (unknown fields said to be unknown, never guessed), its five points, and the labels' meaning.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/popup/App';
import { IntroView } from '../../../src/popup/views/IntroView';
import { fakeHost, mention, tabWith } from './fake-host';
import { fixtureKb, fixtureRomanize, fixtureZhFold } from './fixture-kb';
import { renderView } from './render-view';

afterEach(cleanup);

const current = (): string =>
  screen.getByRole('navigation', { name: 'Views' }).querySelector('[aria-current="page"]')?.textContent ?? '';

describe('the introduction', () => {
  it('opens the first time only, and is remembered as seen', async () => {
    const host = fakeHost({ tab: tabWith([mention('stalin', 'Stalin')]), seenIntro: false });
    render(<App kb={fixtureKb} host={host} zhFold={fixtureZhFold} romanize={fixtureRomanize} tabId={7} />);
    await screen.findByRole('heading', { name: 'What is this?' });
    expect(host.seenIntro).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await waitFor(() => expect(current()).toBe('On this page'));
    cleanup();
    render(<App kb={fixtureKb} host={host} zhFold={fixtureZhFold} romanize={fixtureRomanize} tabId={7} />);
    await screen.findByRole('button', { name: 'Joseph Stalin' });
    expect(screen.queryByRole('heading', { name: 'What is this?' })).toBeNull();
  });

  it('is always one click away', async () => {
    render(
      <App
        kb={fixtureKb}
        host={fakeHost({ tab: tabWith([]) })}
        zhFold={fixtureZhFold}
        romanize={fixtureRomanize}
        tabId={7}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'What is this?' }));
    await screen.findByRole('heading', { name: 'What is this?' });
  });

  it('names the paper (author, title, journal, year), lists the points and explains the labels', () => {
    renderView(<IntroView onDone={() => undefined} />);
    const paper = document.querySelector('.intro-paper') as HTMLElement;
    expect(paper.textContent).toContain(fixtureKb.paper.author.en);
    expect(paper.textContent).toContain(fixtureKb.paper.title.en);
    expect(paper.textContent).toContain(fixtureKb.paper.journal.en);
    expect(within(paper).getByText(String(fixtureKb.paper.year))).toBeTruthy();
    // In the abstract's order (sentence 4 before sentence 8), not the data file's.
    expect([...document.querySelectorAll('.intro-points li')].map((li) => li.textContent)).toEqual([
      'Test thesis: leadership',
      'Test thesis: sovereignty',
    ]);
    const terms = [...document.querySelectorAll('.intro-terms dt')].map((dt) => dt.textContent);
    expect(terms).toEqual(['Paraphrase of the abstract', 'Background', 'Verified', 'Secondary']);
  });
});

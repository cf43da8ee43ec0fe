// @vitest-environment jsdom
// The topic view keeps the paper's claim, the view it rejects, the record and other readings apart.
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { pageStateOf } from '../../../src/popup/page-state';
import { TopicView } from '../../../src/popup/views/TopicView';
import { fakeHost, mention, tabWith } from './fake-host';
import { fixtureKb } from './fixture-kb';
import { renderView } from './render-view';

afterEach(cleanup);

const noPage = pageStateOf(undefined, null);

function section(name: RegExp | string): HTMLElement {
  const heading = screen.getByRole('heading', { name });
  return heading.closest('section, div') as HTMLElement;
}

const evidenceIn = (el: HTMLElement): string[] =>
  [...el.querySelectorAll<HTMLElement>('[data-evidence]')].map((e) => e.dataset.evidence ?? '');

describe('TopicView', () => {
  it('shows the label, the other names with their languages, the kind and the summary', () => {
    const { container } = renderView(<TopicView id="mao-zedong" pageState={noPage} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Mao Zedong' })).toBeTruthy();
    expect(screen.getByText('Person')).toBeTruthy();
    expect(screen.getByText('Chairman of the CCP (1893–1976).')).toBeTruthy();
    expect(container.querySelector('[lang="zh-Hant"]')?.textContent).toBe('毛澤東');
    expect(container.querySelector('[lang="ru"]')?.textContent).toBe('Мао Цзэдун');
    expect(screen.getByText('Mao Tse-tung')).toBeTruthy();
  });

  it('labels the paper’s claim as a paraphrase of the abstract, and the view it rejects', () => {
    renderView(<TopicView id="mao-zedong" pageState={noPage} />);
    const claim = section('The paper argues (paraphrase of the abstract)');
    expect(within(claim).getByText('Test paraphrase: Mao defended sovereignty.')).toBeTruthy();
    expect(within(claim).getByText('Where in the abstract: abstract, sentence 8')).toBeTruthy();
    expect(within(section('The view it rejects')).getByText('Test rejected view: he gave way.')).toBeTruthy();
  });

  it('puts the record on the topic under each thesis it bears on, by date, each marked verified or secondary', () => {
    renderView(<TopicView id="mao-zedong" pageState={noPage} />);
    const record = section('Historical record / evidence');
    expect(record.closest('[data-thesis]')?.getAttribute('data-thesis')).toBe('sovereignty');
    // The thesis's own evidence and what its other readings cite, only where it concerns this topic.
    expect(evidenceIn(record)).toEqual(['ev-1949-talk', 'ev-1958-fleet']);
    const items = within(record).getAllByRole('listitem');
    expect(within(items[0]!).getByText('16 Dec 1949')).toBeTruthy();
    expect(within(items[1]!).getByText('Verified')).toBeTruthy();
    expect(within(items[1]!).getByText('同苏联驻华大使尤金的谈话').getAttribute('lang')).toBe('zh');
    expect(within(items[1]!).getByText('Test: Mao refuses a joint fleet.')).toBeTruthy();
    expect(within(items[1]!).getByText(/Test collection, vol\. 7/)).toBeTruthy();
    // The rest of the record on the topic follows, under its own label.
    const more = section('Historical record / evidence: more on this topic');
    expect(evidenceIn(more)).toEqual(['ev-1957-speech']);
    expect(within(more).getByText('18–19 Nov 1957')).toBeTruthy();
  });

  it("links to the thesis's whole record on the timeline", () => {
    const { log } = renderView(<TopicView id="mao-zedong" pageState={noPage} />);
    fireEvent.click(screen.getByRole('button', { name: 'All 3 items for this thesis on the timeline' }));
    expect(log.opened).toEqual([{ name: 'timeline', thesis: 'sovereignty' }]);
  });

  it('opens up to two theses and folds more, each one click away', () => {
    const openness = () =>
      [...document.querySelectorAll<HTMLDetailsElement>('details[data-thesis]')].map((d) => d.open);
    renderView(<TopicView id="khrushchev" pageState={noPage} />);
    expect(openness()).toEqual([true, true]);
    cleanup();
    const third = {
      ...fixtureKb.theses[1]!,
      id: 'third',
      title: { en: 'Test thesis: third', 'zh-Hans': '测试论点：三', ru: 'Тестовый тезис: третий' },
    };
    const kb = {
      ...fixtureKb,
      theses: [...fixtureKb.theses, third],
      topics: fixtureKb.topics.map((t) => (t.id === 'khrushchev' ? { ...t, theses: [...t.theses, 'third'] } : t)),
    };
    renderView(<TopicView id="khrushchev" pageState={noPage} />, { kb });
    expect(openness()).toEqual([false, false, false]);
    expect(screen.getByRole('heading', { name: 'Test thesis: third' })).toBeTruthy();
  });

  it('shows other readings with their sources, and related topics as links', () => {
    const { log } = renderView(<TopicView id="mao-zedong" pageState={noPage} />);
    const other = section('Other readings');
    expect(within(other).getByText('Test reading: the record is mixed.')).toBeTruthy();
    expect(within(other).getByText(/Test Source, 2001/)).toBeTruthy();
    const link = within(other).getByRole('link', { name: 'Test monograph' });
    expect([link.getAttribute('href'), link.getAttribute('target'), link.getAttribute('rel')]).toEqual([
      'https://example.org/book',
      '_blank',
      'noopener noreferrer',
    ]);
    const related = screen.getByRole('navigation', { name: 'Related topics' });
    fireEvent.click(within(related).getByRole('button', { name: 'Joseph Stalin' }));
    expect(log.opened).toEqual([{ name: 'topic', id: 'stalin' }]);
  });

  it('says when a topic is context only, with its bearing, and claims nothing for the paper', () => {
    renderView(<TopicView id="zhenbao-island" pageState={noPage} />);
    expect(within(section('Background to the paper')).getByText('Test bearing: later border conflict.')).toBeTruthy();
    expect(screen.queryByText('The paper argues (paraphrase of the abstract)')).toBeNull();
    expect(screen.getByText('No dated evidence is recorded for this topic.')).toBeTruthy();
  });

  it('offers "show on page" when the page mentions the topic', async () => {
    const host = fakeHost();
    host.revealCounts['port-arthur'] = 2;
    const state = pageStateOf(tabWith([mention('port-arthur', '旅順口'), mention('port-arthur', 'Port Arthur')]), null);
    renderView(<TopicView id="port-arthur" pageState={state} />, { host });
    expect(screen.getByText('2 mentions')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show on page' }));
    await screen.findByText('1 of 2');
  });

  it('shows content in Simplified Chinese for a Chinese UI', () => {
    renderView(<TopicView id="mao-zedong" pageState={noPage} />, { host: fakeHost({ locale: 'zh_CN' }) });
    expect(screen.getByRole('heading', { level: 2, name: '毛泽东' })).toBeTruthy();
    expect(screen.getByText('论文的论点（据摘要转述）')).toBeTruthy();
    expect(screen.getByText('测试转述：毛泽东维护主权。')).toBeTruthy();
    expect(screen.getByText('1949年12月16日')).toBeTruthy();
  });
});

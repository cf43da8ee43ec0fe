// @vitest-environment jsdom
// "On this page": topics in order of first appearance with counts and kind; show-on-page; the site switch;
// page text shown as text.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { pageStateOf } from '../../../src/popup/page-state';
import { PageView } from '../../../src/popup/views/PageView';
import { fakeHost, mention, tabWith } from './fake-host';
import { renderView } from './render-view';

afterEach(cleanup);

const mentions = [
  mention('khrushchev', 'Khrushchev', 'In 1958 Khrushchev flew to Beijing.'),
  mention('mao-zedong', '毛泽东', '毛泽东会见了尤金。'),
  mention('khrushchev', 'Хрущёв'),
  mention('unknown-topic', 'Nobody'),
  mention('khrushchev', 'Khrushchev'),
];

function pageStatus(): string {
  return document.querySelector('.page-status')?.textContent ?? '';
}

function rows(): HTMLElement[] {
  return [...within(screen.getByRole('group', { name: /Topics on this page/ })).getAllByRole('listitem')];
}

const judged = [
  mention('stalin', 'Stalin', 'In 1957 Stalin was dead, yet…', null),
  mention('khrushchev', 'Khrushchev', 'In July 1958 Khrushchev flew to Beijing.', 'sovereignty'),
  mention('mao-zedong', 'Mao', 'In July 1958 Khrushchev flew to Beijing to see Mao.', 'sovereignty'),
  mention('mao-zedong', 'Mao', 'Mao refused the joint fleet.', 'sovereignty'),
  mention('khrushchev', 'Khrushchev', 'In November 1957 Khrushchev hosted the meeting.', 'leadership'),
  mention('zhenbao-island', 'Damansky Island', 'Damansky Island, 1969.', null),
  mention('mao-zedong', 'Mao', 'Mao again.', 'sovereignty'),
];

describe('PageView', () => {
  it("opens with the paper's points the page touches, most passages first, each with its passages in turn", async () => {
    const host = fakeHost();
    renderView(<PageView state={pageStateOf(tabWith(judged), null)} onSiteChanged={() => undefined} />, { host });
    const points = [...document.querySelectorAll<HTMLElement>('.page-point')];
    expect(points.map((p) => p.dataset.thesis)).toEqual(['sovereignty', 'leadership']);
    const button = within(points[0]!).getByRole('button', { name: '4 passages about “Test thesis: sovereignty”' });
    fireEvent.click(button);
    await within(points[0]!).findByText('In July 1958 Khrushchev flew to Beijing.');
    expect(within(points[0]!).getByText('Passage 1 of 4:')).toBeTruthy();
    fireEvent.click(button);
    await within(points[0]!).findByText('In July 1958 Khrushchev flew to Beijing to see Mao.');
    // Each passage is shown on the page too: the mention's topic and its index among that topic's mentions.
    expect(host.calls.reveal).toEqual([
      ['khrushchev', 0],
      ['mao-zedong', 0],
    ]);
    expect(within(points[1]!).getByRole('button', { name: '1 passage about “Test thesis: leadership”' })).toBeTruthy();
  });

  it('groups topics under the points, by relevance; unaddressed and undiscussed topics last', () => {
    renderView(<PageView state={pageStateOf(tabWith(judged), null)} onSiteChanged={() => undefined} />);
    const groups = [...document.querySelectorAll<HTMLElement>('.page-group')];
    expect(
      groups.map((g) => [
        g.dataset.group,
        [...g.querySelectorAll<HTMLElement>('.page-topic')].map((r) => r.dataset.topic),
      ]),
    ).toEqual([
      ['sovereignty', ['mao-zedong', 'khrushchev']],
      ['unaddressed', ['stalin']],
      ['background', ['zhenbao-island']],
    ]);
    expect(groups.map((g) => g.querySelector('h3')?.textContent)).toEqual([
      'Topics here about: Test thesis: sovereignty',
      "Topics in passages the paper's abstract does not address",
      'Topics the paper does not discuss (background)',
    ]);
    // One "Show on page" per topic.
    expect(within(groups[0]!).getAllByRole('button', { name: 'Show on page' })).toHaveLength(2);
  });

  it('lists the topics with counts and kind', () => {
    renderView(<PageView state={pageStateOf(tabWith(mentions), null)} onSiteChanged={() => undefined} />);
    const list = rows();
    expect(list.map((r) => r.dataset.topic)).toEqual(['khrushchev', 'mao-zedong']);
    expect(within(list[0]!).getByText('3 mentions')).toBeTruthy();
    expect(within(list[1]!).getByText('1 mention')).toBeTruthy();
    expect(within(list[0]!).getByText('Person')).toBeTruthy();
    expect(within(list[0]!).getByText('In 1958 Khrushchev flew to Beijing.')).toBeTruthy();
  });

  it("counts from the page's full counts where the list is bounded, and says when the page cap was reached", () => {
    const tab = tabWith(mentions.slice(0, 2), { counts: { khrushchev: 9000, 'mao-zedong': 1000 }, capped: true });
    renderView(<PageView state={pageStateOf(tab, null)} onSiteChanged={() => undefined} />);
    expect(within(rows()[0]!).getByText('9000 mentions')).toBeTruthy();
    expect(screen.getByText(/more than 10,000 mentions/)).toBeTruthy();
  });

  it('opens a topic view from its name', () => {
    const { log } = renderView(
      <PageView state={pageStateOf(tabWith(mentions), null)} onSiteChanged={() => undefined} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Nikita Khrushchev' }));
    expect(log.opened).toEqual([{ name: 'topic', id: 'khrushchev' }]);
  });

  it('shows a mention on the page and steps through all of them, wrapping around', async () => {
    const host = fakeHost();
    host.revealCounts.khrushchev = 3;
    renderView(<PageView state={pageStateOf(tabWith(mentions), null)} onSiteChanged={() => undefined} />, { host });
    const group = screen.getByRole('group', { name: 'Nikita Khrushchev' });
    fireEvent.click(within(group).getByRole('button', { name: 'Show on page' }));
    await within(group).findByText('1 of 3');
    fireEvent.click(within(group).getByRole('button', { name: 'Next mention' }));
    await within(group).findByText('2 of 3');
    fireEvent.click(within(group).getByRole('button', { name: 'Previous mention' }));
    await within(group).findByText('1 of 3');
    fireEvent.click(within(group).getByRole('button', { name: 'Previous mention' }));
    await within(group).findByText('3 of 3');
    expect(host.calls.reveal).toEqual([
      ['khrushchev', 0],
      ['khrushchev', 1],
      ['khrushchev', 0],
      ['khrushchev', -1],
    ]);
  });

  it('says when the mention is not in the main frame', async () => {
    renderView(<PageView state={pageStateOf(tabWith(mentions), null)} onSiteChanged={() => undefined} />);
    const group = screen.getByRole('group', { name: 'Mao Zedong' });
    fireEvent.click(within(group).getByRole('button', { name: 'Show on page' }));
    await within(group).findByText(/Not found in the page's main frame/);
  });

  it('switches highlighting off for the site, and back on', async () => {
    const host = fakeHost();
    let changed = 0;
    const view = (enabled: boolean) => (
      <PageView
        state={pageStateOf(tabWith(enabled ? mentions : [], { enabled }), null)}
        onSiteChanged={() => (changed += 1)}
      />
    );
    const { rerender } = renderView(view(true), { host });
    const toggle = screen.getByRole('switch', { name: 'Highlight topics on example.org' });
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    await waitFor(() => expect(changed).toBe(1));
    expect(host.calls.setSiteEnabled).toEqual([['example.org', false]]);
    rerender(view(false));
    expect(screen.getByText(/Highlighting is off on this site/)).toBeTruthy();
    fireEvent.click(screen.getByRole('switch'));
    await waitFor(() =>
      expect(host.calls.setSiteEnabled).toEqual([
        ['example.org', false],
        ['example.org', true],
      ]),
    );
  });

  it('shows page text as text, never as HTML', () => {
    const hostile = '<img src=x onerror="window.pwned=1"><b>bold</b>';
    const { container } = renderView(
      <PageView
        state={pageStateOf(tabWith([mention('stalin', hostile, hostile)]), null)}
        onSiteChanged={() => undefined}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText(hostile)).toBeTruthy();
  });

  it('explains pages it cannot read, pages still loading, and pages without topics', () => {
    const { rerender } = renderView(
      <PageView
        state={pageStateOf(null, { url: 'chrome://extensions/', loading: false })}
        onSiteChanged={() => undefined}
      />,
    );
    expect(pageStatus()).toMatch(/cannot read this page/);
    rerender(<PageView state={pageStateOf(null, { loading: true })} onSiteChanged={() => undefined} />);
    expect(pageStatus()).toMatch(/still loading/);
    rerender(<PageView state={pageStateOf(tabWith([]), null)} onSiteChanged={() => undefined} />);
    expect(pageStatus()).toMatch(/No Sino-Soviet topic/);
    rerender(
      <PageView state={pageStateOf(tabWith(mentions, { complete: false }), null)} onSiteChanged={() => undefined} />,
    );
    expect(pageStatus()).toMatch(/Still reading/);
  });
});

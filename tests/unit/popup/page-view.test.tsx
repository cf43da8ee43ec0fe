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
  return within(screen.getByRole('list', { name: /Topics on this page/ })).getAllByRole('listitem');
}

describe('PageView', () => {
  it('lists the topics in order of first appearance, with counts and kind', () => {
    renderView(<PageView state={pageStateOf(tabWith(mentions), null)} onSiteChanged={() => undefined} />);
    const list = rows();
    expect(list.map((r) => r.dataset.topic)).toEqual(['khrushchev', 'mao-zedong']);
    expect(within(list[0]!).getByText('3 mentions')).toBeTruthy();
    expect(within(list[1]!).getByText('1 mention')).toBeTruthy();
    expect(within(list[0]!).getByText('Person')).toBeTruthy();
    expect(within(list[0]!).getByText('In 1958 Khrushchev flew to Beijing.')).toBeTruthy();
  });

  it('opens a topic view from its name', () => {
    const { log } = renderView(<PageView state={pageStateOf(tabWith(mentions), null)} onSiteChanged={() => undefined} />);
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
      <PageView state={pageStateOf(tabWith(enabled ? mentions : [], { enabled }), null)} onSiteChanged={() => (changed += 1)} />
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
    await waitFor(() => expect(host.calls.setSiteEnabled).toEqual([['example.org', false], ['example.org', true]]));
  });

  it('shows page text as text, never as HTML', () => {
    const hostile = '<img src=x onerror="window.pwned=1"><b>bold</b>';
    const { container } = renderView(
      <PageView state={pageStateOf(tabWith([mention('stalin', hostile, hostile)]), null)} onSiteChanged={() => undefined} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText(hostile)).toBeTruthy();
  });

  it('explains pages it cannot read, pages still loading, and pages without topics', () => {
    const { rerender } = renderView(<PageView state={pageStateOf(null, { url: 'chrome://extensions/', loading: false })} onSiteChanged={() => undefined} />);
    expect(pageStatus()).toMatch(/cannot read this page/);
    rerender(<PageView state={pageStateOf(null, { loading: true })} onSiteChanged={() => undefined} />);
    expect(pageStatus()).toMatch(/still loading/);
    rerender(<PageView state={pageStateOf(tabWith([]), null)} onSiteChanged={() => undefined} />);
    expect(pageStatus()).toMatch(/No Sino-Soviet topic/);
    rerender(<PageView state={pageStateOf(tabWith(mentions, { complete: false }), null)} onSiteChanged={() => undefined} />);
    expect(pageStatus()).toMatch(/Still reading/);
  });
});

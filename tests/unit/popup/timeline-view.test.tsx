// @vitest-environment jsdom
// The timeline: every dated item in order, filterable by topic and by thesis.
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { TimelineView, type TimelineFilter } from '../../../src/popup/views/TimelineView';
import { fakeHost } from './fake-host';
import { renderView } from './render-view';

afterEach(cleanup);

function Harness({ initial = {} }: { initial?: TimelineFilter }) {
  const [filter, setFilter] = useState(initial);
  return <TimelineView filter={filter} onFilter={setFilter} />;
}

const shown = (): string[] =>
  [...document.querySelectorAll<HTMLElement>('[data-evidence]')].map((e) => e.dataset.evidence ?? '');

describe('TimelineView', () => {
  it('links the sources a reader can open, in a new tab, and says what each status means', () => {
    renderView(<Harness />);
    const item = document.querySelector('[data-evidence="ev-1958-fleet"]') as HTMLElement;
    const links = [...item.querySelectorAll<HTMLAnchorElement>('.source-links a')];
    expect(links.map((a) => [a.getAttribute('href'), a.target, a.rel, a.textContent])).toEqual([
      ['https://example.org/doc/42', '_blank', 'noopener noreferrer', 'Test archive: Test record'],
    ]);
    const badge = item.querySelector('details.status-help') as HTMLDetailsElement;
    expect(badge.querySelector('summary')?.textContent).toBe('Verified');
    expect(badge.textContent).toContain('the document itself');
    fireEvent.click(badge.querySelector('summary') as HTMLElement);
    const secondary = document.querySelector('[data-evidence="ev-1955-lushun"] details.status-help') as HTMLElement;
    expect(secondary.textContent).toContain('rests on Wikipedia, a web history');
    // An item without a seen url has no link at all.
    expect(document.querySelector('[data-evidence="ev-1955-lushun"] .source-links')).toBeNull();
  });

  it('puts all evidence on one dated line', () => {
    renderView(<Harness />);
    expect(shown()).toEqual(['ev-1949-talk', 'ev-1955-lushun', 'ev-1957-speech', 'ev-1958-fleet']);
    expect(screen.getByText('4 dated items')).toBeTruthy();
    expect(screen.getByText('May 1955')).toBeTruthy();
    expect(screen.getByText('Secondary source')).toBeTruthy();
  });

  it('filters by topic and by thesis, and both at once', () => {
    renderView(<Harness />);
    const topic = screen.getByRole('combobox', { name: 'Topic' });
    const thesis = screen.getByRole('combobox', { name: 'Thesis' });
    fireEvent.change(topic, { target: { value: 'stalin' } });
    expect(shown()).toEqual(['ev-1949-talk']);
    fireEvent.change(topic, { target: { value: '' } });
    fireEvent.change(thesis, { target: { value: 'sovereignty' } });
    // Its own evidence and what its other readings cite.
    expect(shown()).toEqual(['ev-1949-talk', 'ev-1955-lushun', 'ev-1958-fleet']);
    fireEvent.change(topic, { target: { value: 'port-arthur' } });
    expect(shown()).toEqual(['ev-1955-lushun']);
    fireEvent.change(thesis, { target: { value: 'leadership' } });
    expect(shown()).toEqual([]);
    expect(screen.getByText('No evidence matches these filters.')).toBeTruthy();
  });

  it('starts from a filter handed in (from the paper view) and links each item to its topics', () => {
    const { log } = renderView(<Harness initial={{ thesis: 'leadership' }} />);
    expect(shown()).toEqual(['ev-1957-speech']);
    fireEvent.click(screen.getByRole('button', { name: 'Nikita Khrushchev' }));
    expect(log.opened).toEqual([{ name: 'topic', id: 'khrushchev' }]);
  });

  it("shows each item in the reader's language only, with the original title on a line of its own", () => {
    const host = fakeHost();
    host.uiLanguage = () => 'ru';
    renderView(<Harness />, { host });
    const fleet = document.querySelector('[data-evidence="ev-1958-fleet"]') as HTMLElement;
    expect(fleet.querySelector('.evidence-title')?.textContent).toBe('Беседа с послом Юдиным');
    expect(fleet.querySelector('.evidence-shows')?.textContent).toBe('Тест: Мао отвергает совместный флот.');
    const original = fleet.querySelector('.evidence-original cite') as HTMLElement;
    expect([original.textContent, original.lang]).toEqual(['同苏联驻华大使尤金的谈话', 'zh']);
    expect(fleet.textContent).not.toContain('Conversation with Ambassador Yudin');
    // A Russian original is the Russian reader's own title: no second line.
    const talk = document.querySelector('[data-evidence="ev-1949-talk"]') as HTMLElement;
    expect(talk.querySelector('.evidence-title')?.textContent).toBe('Запись беседы');
    expect(talk.querySelector('.evidence-original')).toBeNull();
  });

  it('gives a Chinese reader the Chinese title of a Chinese document, and its Russian original beside a translation', () => {
    renderView(<Harness />, { host: fakeHost({ locale: 'zh_CN' }) });
    const fleet = document.querySelector('[data-evidence="ev-1958-fleet"]') as HTMLElement;
    expect(fleet.querySelector('.evidence-title')?.textContent).toBe('同苏联驻华大使尤金的谈话');
    expect(fleet.querySelector('.evidence-original')).toBeNull();
    const talk = document.querySelector('[data-evidence="ev-1949-talk"]') as HTMLElement;
    expect(talk.querySelector('.evidence-title')?.textContent).toBe('会谈记录');
    expect(talk.querySelector('.evidence-original cite')?.textContent).toBe('Запись беседы');
  });
});

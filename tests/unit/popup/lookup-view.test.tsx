// @vitest-environment jsdom
// Lookup as a combobox: cross-language type-ahead, arrows, Enter, Esc.
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { LookupView } from '../../../src/popup/views/LookupView';
import { renderView } from './render-view';

afterEach(cleanup);

/** The App owns the query; this stand-in keeps it for the view under test. */
function Harness({ initial = '' }: { initial?: string }) {
  const [query, setQuery] = useState(initial);
  return <LookupView query={query} onQuery={setQuery} />;
}

function input(): HTMLInputElement {
  return screen.getByRole<HTMLInputElement>('combobox', { name: /Name in any language/ });
}

function optionTopics(): string[] {
  return screen.getAllByRole('option').map((o) => o.dataset.topic ?? '');
}

describe('LookupView', () => {
  it('lists every topic before anything is typed', () => {
    renderView(<Harness />);
    expect(optionTopics()).toHaveLength(6);
    expect(screen.getByRole('listbox', { name: 'All topics' })).toBeTruthy();
  });

  it.each([
    ['khrushchov', 'khrushchev'],
    ['毛澤東', 'mao-zedong'],
    ['хрущев', 'khrushchev'],
    ['lushun', 'port-arthur'],
  ])('finds %s', (query, topic) => {
    renderView(<Harness />);
    fireEvent.input(input(), { target: { value: query } });
    expect(optionTopics()[0]).toBe(topic);
  });

  it('finds a Chinese name by toneless pinyin', () => {
    renderView(<Harness />);
    fireEvent.input(input(), { target: { value: 'zhenbaodao' } });
    expect(optionTopics()[0]).toBe('zhenbao-island');
  });

  it('ranks the exact alias first and says which name matched', () => {
    renderView(<Harness />);
    fireEvent.input(input(), { target: { value: 'Stalin' } });
    expect(optionTopics()).toEqual(['stalin', 'destalinization']);
    expect(screen.getByText('2 topics found')).toBeTruthy();
    const matched = document.querySelector('[data-topic="destalinization"] .matched');
    expect(matched?.textContent).toBe('matched: Stalinism');
    expect(matched?.querySelector('[lang="en"]')?.textContent).toBe('Stalinism');
  });

  it('moves with the arrow keys and opens the chosen topic with Enter', () => {
    const { log } = renderView(<Harness />);
    const box = input();
    fireEvent.input(box, { target: { value: 'stalin' } });
    expect(box.getAttribute('aria-activedescendant')).toBe('lookup-option-stalin');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe('lookup-option-destalinization');
    expect(screen.getAllByRole('option')[1]?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(box.getAttribute('aria-activedescendant')).toBe('lookup-option-stalin');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(log.opened).toEqual([{ name: 'topic', id: 'stalin' }]);
  });

  it('clears with Esc, then goes back with a second Esc', () => {
    const { log } = renderView(<Harness initial="mao" />);
    fireEvent.keyDown(input(), { key: 'Escape' });
    expect(input().value).toBe('');
    fireEvent.keyDown(input(), { key: 'Escape' });
    expect(log.backs).toBe(1);
  });

  it('says when nothing matches', () => {
    renderView(<Harness initial="qqqqqqqqqq" />);
    expect(screen.getByText('No topic matches “qqqqqqqqqq”.')).toBeTruthy();
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });

  it('opens a topic by click', () => {
    const { log } = renderView(<Harness initial="珍寶島" />);
    fireEvent.click(screen.getAllByRole('option')[0]!);
    expect(log.opened).toEqual([{ name: 'topic', id: 'zhenbao-island' }]);
  });
});

// @vitest-environment jsdom
// The whole popup: which view it opens on, navigation, "/" and Esc, and states of the page.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/popup/App';
import { fakeHost, mention, tabWith, type FakeHost } from './fake-host';
import { fixtureKb, fixtureRomanize, fixtureZhFold } from './fixture-kb';

afterEach(cleanup);

function renderApp(
  host: FakeHost,
  props: { tabId?: number | null; initialQuery?: string; initialTopic?: string } = {},
) {
  return render(
    <App
      kb={fixtureKb}
      host={host}
      zhFold={fixtureZhFold}
      romanize={fixtureRomanize}
      tabId={props.tabId === undefined ? 7 : props.tabId}
      initialQuery={props.initialQuery}
      initialTopic={props.initialTopic}
    />,
  );
}

const current = (): string =>
  screen.getByRole('navigation', { name: 'Views' }).querySelector('[aria-current="page"]')?.textContent ?? '';

describe('App', () => {
  it('draws before the page answers, then fills in the mentions', async () => {
    const host = fakeHost({ tab: tabWith([mention('stalin', 'Stalin')]) });
    render(<App kb={fixtureKb} host={host} zhFold={fixtureZhFold} romanize={fixtureRomanize} tabId={undefined} />);
    expect(screen.getByText('Reading this page…')).toBeTruthy();
    cleanup();
    renderApp(host);
    await screen.findByRole('button', { name: 'Joseph Stalin' });
    expect(current()).toBe('On this page');
  });

  it('opens on lookup when the page mentions nothing, or cannot be read', async () => {
    renderApp(fakeHost({ tab: tabWith([]) }));
    await waitFor(() => expect(current()).toBe('Look up/'));
    expect(screen.getByText('No Sino-Soviet topic is mentioned on this page.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.id).toBe('lookup-input'));
    cleanup();
    renderApp(fakeHost({ tab: null, info: { url: 'chrome://newtab/', loading: false } }));
    await waitFor(() => expect(current()).toBe('Look up/'));
    expect(screen.getByText(/cannot read this page/)).toBeTruthy();
  });

  it('opens on lookup with the text from the context menu, and on a topic from a card', async () => {
    renderApp(fakeHost(), { tabId: null, initialQuery: 'хрущев' });
    expect(screen.getByRole<HTMLInputElement>('combobox', { name: /Name in any language/ }).value).toBe('хрущев');
    expect(screen.getAllByRole('option')[0]?.dataset.topic).toBe('khrushchev');
    cleanup();
    renderApp(fakeHost({ tab: tabWith([]) }), { initialTopic: 'stalin' });
    expect(screen.getByRole('heading', { level: 2, name: 'Joseph Stalin' })).toBeTruthy();
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getByRole('heading', { level: 2, name: 'Joseph Stalin' })).toBeTruthy(); // not replaced by lookup
  });

  it('goes to lookup on "/", opens a topic, and comes back with Esc', async () => {
    renderApp(fakeHost({ tab: tabWith([mention('stalin', 'Stalin')]) }));
    await screen.findByRole('button', { name: 'Joseph Stalin' });
    fireEvent.keyDown(document.body, { key: '/' });
    expect(current()).toBe('Look up/');
    await waitFor(() => expect(document.activeElement?.id).toBe('lookup-input'));
    fireEvent.input(document.activeElement!, { target: { value: 'mao' } });
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(screen.getByRole('heading', { level: 2, name: 'Mao Zedong' })).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Mao Zedong'); // focus moved to the view's heading
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(screen.getByRole<HTMLInputElement>('combobox', { name: /Name in any language/ }).value).toBe('mao');
  });

  it('moves between the four places with the nav bar', () => {
    renderApp(fakeHost({ tab: tabWith([mention('stalin', 'Stalin')]) }));
    fireEvent.click(screen.getByRole('button', { name: 'The paper' }));
    expect(screen.getByRole('heading', { level: 2, name: 'The paper' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Timeline' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Timeline' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'On this page' }));
    expect(screen.getByRole('heading', { level: 2, name: 'On this page' })).toBeTruthy();
  });

  it('speaks Chinese in a Chinese browser', async () => {
    renderApp(fakeHost({ locale: 'zh_CN', tab: tabWith([mention('stalin', '斯大林')]) }));
    expect(screen.getByRole('heading', { level: 1, name: '中苏关系札记' })).toBeTruthy();
    await screen.findByRole('button', { name: '斯大林' });
    expect(screen.getByText('人物')).toBeTruthy();
  });
});

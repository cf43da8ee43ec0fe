// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import type { Translate } from '../../../src/options/i18n';
import { OptionsApp } from '../../../src/options/OptionsApp';

afterEach(cleanup);

const t: Translate = (key, ...subs) => (subs.length ? `${key}(${subs.join(',')})` : key);
const shortcuts = [
  { name: 'next-mention', description: 'Next mention', shortcut: 'Alt+Shift+N' },
  { name: 'toggle-highlights', description: 'Toggle', shortcut: '' },
];

function setup(settings: Settings = DEFAULT_SETTINGS) {
  const save = vi.fn(async (_next: Settings) => undefined);
  render(<OptionsApp browserLang="en" settings={settings} shortcuts={shortcuts} t={t} save={save} />);
  return save;
}

describe('OptionsApp', () => {
  it('shows the current settings', () => {
    setup({ ...DEFAULT_SETTINGS, previews: false, hoverDelayMs: 800, accessibleHighlights: true });
    expect(screen.getByLabelText<HTMLInputElement>('optionsPreviewsEnabled').checked).toBe(false);
    expect(screen.getByLabelText<HTMLInputElement>('optionsHoverDelay').value).toBe('800');
    expect(screen.getByLabelText<HTMLInputElement>('optionsHoverDelay').disabled).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>('optionsAccessible').checked).toBe(true);
    expect(screen.getByText('optionsSitesEmpty')).toBeTruthy();
  });

  it('saves each change, kept valid', async () => {
    const save = setup();
    fireEvent.click(screen.getByLabelText('optionsPreviewsEnabled'));
    expect(save).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, previews: false });
    fireEvent.change(screen.getByLabelText('optionsHoverDelay'), { target: { value: '99999' } });
    expect(save).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, hoverDelayMs: 3000 });
    fireEvent.change(screen.getByLabelText('optionsHoverDelay'), { target: { value: '' } });
    expect(save.mock.lastCall?.[0].hoverDelayMs).toBeGreaterThanOrEqual(100);
    fireEvent.click(screen.getByLabelText('optionsAccessible'));
    expect(save).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, accessibleHighlights: true });
    expect(await screen.findByText('optionsSaved')).toBeTruthy();
  });

  it('lists the sites switched off and turns one back on', () => {
    const save = setup({ ...DEFAULT_SETTINGS, disabledHosts: ['example.org', 'file:'] });
    expect(screen.getByText('example.org')).toBeTruthy();
    expect(screen.getByText('optionsLocalFiles')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'optionsSiteRemoveLabel(example.org)' }));
    expect(save).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, disabledHosts: ['file:'] });
  });

  it('shows the shortcuts as the browser has them', () => {
    setup();
    expect(screen.getByText('Alt+Shift+N')).toBeTruthy();
    expect(screen.getByText('optionsShortcutUnset')).toBeTruthy();
  });

  it('says when saving failed', async () => {
    const save = vi.fn(async () => {
      throw new Error('quota');
    });
    render(<OptionsApp browserLang="en" settings={DEFAULT_SETTINGS} shortcuts={[]} t={t} save={save} />);
    fireEvent.click(screen.getByLabelText('optionsPreviewsEnabled'));
    expect(await screen.findByText('optionsSaveFailed(quota)')).toBeTruthy();
  });
  it('offers the browser\u2019s language or one of four, and saves the choice', () => {
    const save = setup();
    const menu = screen.getByLabelText<HTMLSelectElement>('optionsLanguageLabel');
    expect([...menu.options].map((o) => o.value)).toEqual(['auto', 'en', 'zh-Hans', 'zh-Hant', 'ru']);
    expect(menu.options[0]?.textContent).toBe('optionsLanguageAuto(English)');
    expect(menu.options[4]?.textContent).toBe('Русский');
    expect(menu.options[4]?.lang).toBe('ru');
    fireEvent.change(menu, { target: { value: 'ru' } });
    expect(save).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, language: 'ru' });
  });
});

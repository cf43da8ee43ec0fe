// @vitest-environment jsdom
// Issue 15 on the options page: density, regions shown again, the category legend with the reader's
// colours, and the button to the browser's own shortcut page.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import type { Translate } from '../../src/options/i18n';
import { OptionsApp } from '../../src/options/OptionsApp';

afterEach(cleanup);

const t: Translate = (key, ...subs) => (subs.length ? `${key}(${subs.join(',')})` : key);
const shortcuts = [{ name: 'next-mention', description: 'Next mention', shortcut: 'Alt+Shift+Period' }];

function setup(settings: Settings = DEFAULT_SETTINGS, openShortcuts?: () => void) {
  const save = vi.fn(async (_next: Settings) => undefined);
  render(
    <OptionsApp
      browserLang="en"
      settings={settings}
      shortcuts={shortcuts}
      t={t}
      save={save}
      openShortcuts={openShortcuts}
    />,
  );
  return save;
}

describe('calm highlights options', () => {
  it('offers the four densities, the default checked, and saves a change', () => {
    const save = setup();
    expect(screen.getByLabelText<HTMLInputElement>('density_section').checked).toBe(true);
    fireEvent.click(screen.getByLabelText('density_demand'));
    expect(save).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, density: 'demand' });
  });

  it('switches a skipped region back on, and off', () => {
    const save = setup();
    fireEvent.click(screen.getByLabelText('region_headings'));
    expect(save).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, shownRegions: ['headings'] });
    cleanup();
    const again = setup({ ...DEFAULT_SETTINGS, shownRegions: ['headings', 'toc'] });
    fireEvent.click(screen.getByLabelText('region_headings'));
    expect(again).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, shownRegions: ['toc'] });
  });

  it('shows the legend in the reader colours, takes a new colour and resets them', () => {
    const save = setup({ ...DEFAULT_SETTINGS, colours: { place: '#008000' } });
    const input = screen.getByLabelText<HTMLInputElement>('optionsColourLabel(category_place)');
    expect(input.value).toBe('#008000');
    fireEvent.change(screen.getByLabelText('optionsColourLabel(category_person)'), { target: { value: '#123456' } });
    expect(save).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, colours: { place: '#008000', person: '#123456' } });
    fireEvent.click(screen.getByText('optionsColoursReset'));
    expect(save).toHaveBeenLastCalledWith(DEFAULT_SETTINGS);
    expect(screen.getAllByText(/^category_/)).toHaveLength(5);
  });

  it("opens the browser's shortcut page from a button, where there is one", () => {
    const open = vi.fn();
    setup(DEFAULT_SETTINGS, open);
    fireEvent.click(screen.getByText('optionsShortcutsOpen'));
    expect(open).toHaveBeenCalledOnce();
    cleanup();
    setup();
    expect(screen.queryByText('optionsShortcutsOpen')).toBeNull();
  });
});

// @vitest-environment jsdom
// The options page says what site access the reader gave and asks for all sites only on a click.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { Translate } from '../../src/options/i18n';
import { OptionsApp } from '../../src/options/OptionsApp';

afterEach(cleanup);

const t: Translate = (key) => key;
const save = async () => undefined;

describe('options: site access', () => {
  it('with all sites granted, says so and asks for nothing', () => {
    render(
      <OptionsApp
        browserLang="en"
        settings={DEFAULT_SETTINGS}
        shortcuts={[]}
        t={t}
        save={save}
        access={{ summary: { allSites: true, sites: [] }, allowAll: vi.fn() }}
      />,
    );
    expect(screen.getByText('optionsAccessAll')).toBeTruthy();
    expect(screen.queryByText('optionsAccessAllowAll')).toBeNull();
  });

  it('without it, lists the sites allowed one by one and asks for all sites on the click', () => {
    const allowAll = vi.fn();
    render(
      <OptionsApp
        browserLang="en"
        settings={DEFAULT_SETTINGS}
        shortcuts={[]}
        t={t}
        save={save}
        access={{ summary: { allSites: false, sites: ['https://en.wikipedia.org/*'] }, allowAll }}
      />,
    );
    expect(screen.getByText('optionsAccessNone')).toBeTruthy();
    expect(screen.getByText('https://en.wikipedia.org')).toBeTruthy();
    expect(allowAll).not.toHaveBeenCalled();
    fireEvent.click(screen.getByText('optionsAccessAllowAll'));
    expect(allowAll).toHaveBeenCalledOnce();
  });

  it('leaves out the shortcuts where the browser has none (Firefox for Android)', () => {
    render(<OptionsApp browserLang="en" settings={DEFAULT_SETTINGS} shortcuts={[]} t={t} save={save} />);
    expect(screen.queryByText('optionsShortcutsHeading')).toBeNull();
  });
});

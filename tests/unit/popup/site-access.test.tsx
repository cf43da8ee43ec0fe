// @vitest-environment jsdom
// The popup's site-access notice: nothing where access is given; on the reader's click (the popup opened
// on a site without access) the scan runs in that tab once; access is asked for first thing in a click.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SiteAccess as Access } from '../../../src/core/site-access';
import { SiteAccess } from '../../../src/popup/parts/SiteAccess';
import type { SiteAccessHost } from '../../../src/popup/site-access-host';
import { fakeHost, tabWith } from './fake-host';
import { renderView } from './render-view';

afterEach(cleanup);

function fakeAccess(state: Access, granted = true) {
  const calls: string[] = [];
  const access: SiteAccessHost = {
    access: vi.fn(async () => state),
    request: vi.fn(async (pattern: string) => {
      calls.push(`request ${pattern}`);
      if (granted) state = { kind: 'granted', pattern: 'https://example.org/*' };
      return granted;
    }),
    runHere: vi.fn(async () => {
      calls.push('runHere');
      return true;
    }),
  };
  return { access, calls };
}

describe('SiteAccess', () => {
  it('shows nothing where the site is granted or can never be read', async () => {
    for (const state of [{ kind: 'granted', pattern: 'https://example.org/*' }, { kind: 'never' }] as Access[]) {
      const { access } = fakeAccess(state);
      const { container } = renderView(<SiteAccess access={access} tabId={7} onChanged={() => undefined} />);
      await waitFor(() => expect(access.access).toHaveBeenCalled());
      expect(container.querySelector('.site-access')).toBeNull();
      expect(access.runHere).not.toHaveBeenCalled();
      cleanup();
    }
  });

  it('on the reader\u2019s click runs the scan in that tab once, and says so with the site', async () => {
    const { access } = fakeAccess({ kind: 'on-click', pattern: 'https://example.org/*' });
    const host = fakeHost({ tab: tabWith([]) });
    const onChanged = vi.fn();
    renderView(<SiteAccess access={access} tabId={7} onChanged={onChanged} />, { host });
    await screen.findByText(/no access to example\.org/);
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(2));
    expect(access.runHere).toHaveBeenCalledOnce();
    expect(access.runHere).toHaveBeenCalledWith(7);
    expect(screen.getByText('Allow on this site')).toBeTruthy();
    expect(screen.getByText('Allow on all sites')).toBeTruthy();
  });

  it('without even the address offers all sites only, and starts nothing', async () => {
    const { access } = fakeAccess({ kind: 'missing', pattern: null });
    renderView(<SiteAccess access={access} tabId={7} onChanged={() => undefined} />);
    await screen.findByText(/no access to this site/);
    expect(screen.queryByText('Allow on this site')).toBeNull();
    expect(access.runHere).not.toHaveBeenCalled();
  });

  it('asks for the site before anything else in the click, then runs the scan and hides the notice', async () => {
    const { access, calls } = fakeAccess({ kind: 'on-click', pattern: 'https://example.org/*' });
    const host = fakeHost({ tab: tabWith([]) });
    renderView(<SiteAccess access={access} tabId={7} onChanged={() => undefined} />, { host });
    fireEvent.click(await screen.findByText('Allow on this site'));
    // Synchronously inside the click handler, as browsers require.
    expect(calls.at(-1)).toBe('request https://example.org/*');
    await waitFor(() => expect(screen.queryByText('Allow on this site')).toBeNull());
    expect(calls.filter((c) => c === 'runHere').length).toBe(2);
  });

  it('says so when the reader refuses, and changes nothing', async () => {
    const { access } = fakeAccess({ kind: 'missing', pattern: null }, false);
    renderView(<SiteAccess access={access} tabId={7} onChanged={() => undefined} />);
    fireEvent.click(await screen.findByText('Allow on all sites'));
    expect(access.request).toHaveBeenCalledWith('<all_urls>');
    await screen.findByText(/Access was not given/);
    expect(screen.getByText('Allow on all sites')).toBeTruthy();
  });
});

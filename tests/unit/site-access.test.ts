// Which site pattern covers a page, and what the popup offers for each combination of grants.
import { describe, expect, it } from 'vitest';
import { siteAccessOf, sitePattern } from '../../src/core/site-access';

describe('sitePattern', () => {
  it('covers the whole host, any port and path, in the page scheme', () => {
    expect(sitePattern('https://en.wikipedia.org/wiki/Sino-Soviet_split?x=1#a')).toBe('https://en.wikipedia.org/*');
    expect(sitePattern('http://127.0.0.1:8080/page.html')).toBe('http://127.0.0.1/*');
  });

  it('grants local files as a whole', () => {
    expect(sitePattern('file:///home/reader/notes.html')).toBe('file:///*');
  });

  it('has no pattern for pages no extension may read, nor without an address', () => {
    for (const url of [
      'chrome://extensions/',
      'about:addons',
      'moz-extension://x/popup.html',
      'not a url',
      '',
      undefined,
    ]) {
      expect(sitePattern(url), String(url)).toBeNull();
    }
  });
});

describe('siteAccessOf', () => {
  const url = 'https://www.example.org/news';

  it('is granted by the site pattern or by all sites', () => {
    expect(siteAccessOf(url, true, false)).toEqual({ kind: 'granted', pattern: 'https://www.example.org/*' });
    expect(siteAccessOf(url, false, true)).toEqual({ kind: 'granted', pattern: 'https://www.example.org/*' });
  });

  it('is on-click when the address is visible (the reader clicked) but nothing is granted', () => {
    expect(siteAccessOf(url, false, false)).toEqual({ kind: 'on-click', pattern: 'https://www.example.org/*' });
  });

  it('is missing when even the address is hidden and all-sites access is withdrawn', () => {
    expect(siteAccessOf(undefined, false, false)).toEqual({ kind: 'missing', pattern: null });
  });

  it('is never for browser pages, whatever is granted', () => {
    expect(siteAccessOf('chrome://settings/', false, true)).toEqual({ kind: 'never' });
    expect(siteAccessOf(undefined, false, true)).toEqual({ kind: 'never' });
  });
});

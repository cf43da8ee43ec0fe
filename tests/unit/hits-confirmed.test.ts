// @vitest-environment jsdom
// content.js loads content-main.js only for hits content-main.js would show: an ambiguous name with
// nothing near it to vouch for it ("Korean War" on a page about New Zealand's wars) is not enough.
import { describe, expect, it } from 'vitest';
import { hitsConfirmed, type MentionFinder } from '../../src/content/hits-confirmed';
import type { NearEvidence } from '../../src/core/matcher';

/** "Korean War" is ambiguous (topic korean), "Stalin" is not; "Soviet" is a cue of korean, "1950" a year of it. */
const matcher: MentionFinder = {
  ready: () => Promise.resolve(),
  find: (text) => [
    ...[...text.matchAll(/Korean War/g)].map(() => ({ topic: 'korean', ambiguous: true })),
    ...[...text.matchAll(/Stalin/g)].map(() => ({ topic: 'stalin', ambiguous: false })),
  ],
  near: (text): NearEvidence => ({
    cue: new Set(/Soviet/.test(text) ? ['korean'] : []),
    year: new Set(/1950/.test(text) ? ['korean'] : []),
    veto: new Set(),
  }),
};

async function confirmed(html: string, finder: MentionFinder = matcher): Promise<boolean | null> {
  document.body.innerHTML = html;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const hits: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (/Korean|Stalin/.test(n.nodeValue ?? '')) hits.push(n as Text);
  return hitsConfirmed(document.body, hits, document, finder, new AbortController().signal);
}

const PROSE = '<p>The river runs past the old mill.</p>';

describe('hitsConfirmed', () => {
  it('refuses a page whose only mentions are ambiguous with nothing near them', async () => {
    expect(
      await confirmed(`${PROSE}<p>New Zealand fought in the Korean War.</p>${PROSE}<p>The Korean War ended.</p>`),
    ).toBe(false);
  });

  it('confirms an ambiguous mention with a cue or a year of its topic in its block or beside it', async () => {
    expect(await confirmed(`${PROSE}<p>The Korean War drew in Soviet pilots.</p>`)).toBe(true);
    expect(await confirmed(`<p>It began in 1950.</p><p>The Korean War.</p>${PROSE}`)).toBe(true);
  });

  it('confirms an unambiguous mention anywhere, after unconfirmed ambiguous ones', async () => {
    expect(await confirmed(`<p>The Korean War.</p>${PROSE.repeat(3)}<p>Stalin wrote.</p>`)).toBe(true);
  });

  it('counts an ambiguous mention as one when the matcher cannot say what is near', async () => {
    const withoutNear: MentionFinder = { ready: () => Promise.resolve(), find: (text) => matcher.find(text) };
    expect(await confirmed(`<p>The Korean War.</p>`, withoutNear)).toBe(true);
  });
});

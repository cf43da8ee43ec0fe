// find() through the groups, in windows around the prefilter's hits (matcher-groups.ts,
// matcher-windows.ts), must give exactly what one pass of the whole trie over the text gives:
// checked on the real data, with every alias and `never` phrase in running text, spread over
// separator runs, cased, glued into words and overlapping one another.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { zhVariants } from '../../src/build/prepare-data';
import type { Topic } from '../../src/core/kb-types';
import { createMatcher } from '../../src/core/matcher';
import { compileMatcher } from '../../src/core/matcher-compile';
import { compileCues, periodYears } from '../../src/core/matcher-cues';
import { seededSample } from '../../scripts/bench/seeded.mjs';

const topics = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../data/topics.json', import.meta.url)), 'utf8'),
) as Topic[];
const grouped = compileMatcher(topics, { zhVariants });
const whole = compileMatcher(topics, { zhVariants, wholePatterns: true });
const byGroups = createMatcher(grouped);
const byWhole = createMatcher(whole);

const texts = [
  ...topics.flatMap((t) => [
    ...Object.values(t.aliases).flatMap((list) => list ?? []),
    ...(t.ambiguous ?? []).flatMap((a) => [a.text, ...(a.never ?? [])]),
  ]),
];
const tw = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** The ways a name appears in page text that windows must get right. */
const variants = (name: string): string[] => [
  name,
  name.toUpperCase(),
  tw(name),
  // A separator run inside the name, longer than any window counts.
  name.replace(/ /g, ' \n\t                              '),
  name.replace(/ /g, '\n\t'),
  name.replace(/ /g, '\u00a0'),
  // Glued to a word on either side: no mention (or a shorter one).
  `x${name}`,
  `${name}ing`,
];

describe('find() through groups', () => {
  it('splits the aliases into small groups', () => {
    expect(grouped.patterns).toEqual([]);
    expect(grouped.groups.length).toBeGreaterThan(50);
    for (const g of grouped.groups) expect(g.trie.length).toBeLessThan(8_000);
  });

  it('finds what the whole trie finds, for every alias and never phrase in running text', () => {
    for (const name of texts) {
      for (const v of variants(name)) {
        const text = `Before ${v} after, 前文${v}后文, и ${v}.`;
        expect(byGroups.find(text), text).toEqual(byWhole.find(text));
      }
    }
  });

  it('finds what the whole trie finds where names run into and overlap one another', () => {
    const shuffled = seededSample(texts, texts.length, 1958) as string[];
    for (let i = 0; i + 3 < shuffled.length; i += 3) {
      const [a, b, c] = shuffled.slice(i, i + 3);
      for (const text of [`${a} ${b} ${c}`, `${a}${b}${c}`, `${a}-${b}, ${c}`, `${a}·${b}${c}。`]) {
        expect(byGroups.find(text), text).toEqual(byWhole.find(text));
      }
    }
  });

  it('finds names in a long text only where they are, and all of them', () => {
    const filler = 'The delegation spent the winter talking about grain, rail and steel. ';
    const names = seededSample(texts, 200, 7) as string[];
    const text = names.map((n, i) => filler.repeat(1 + (i % 5)) + n).join(' ');
    const found = byGroups.find(text);
    expect(found).toEqual(byWhole.find(text));
    expect(found.length).toBeGreaterThan(150);
  });
});

describe('the cue matcher as one trie', () => {
  const walked = compileCues(topics, { zhVariants });
  const patterned = compileCues(topics, { zhVariants, wholePatterns: true });
  const cueTexts = topics.flatMap((t) =>
    t.ambiguous?.length ? [...(t.cues ?? []), ...periodYears(t), ...t.ambiguous.flatMap((a) => a.never ?? [])] : [],
  );

  it('is walked, not compiled', () => {
    expect(walked?.matcher.patterns).toEqual([]);
    expect(walked?.matcher.groups.length).toBe(1);
    expect(patterned?.matcher.patterns.length).toBeGreaterThan(0);
  });

  // The patterns tried texts ending in a letter or digit before the others, so at one start "1945"
  // beat the longer "1945年"; the walk keeps the longest, as find() promises. Only that may differ.
  it('finds what its whole-text patterns find, or a longer text at the same start', () => {
    const byTrie = createMatcher(walked?.matcher ?? grouped);
    const byPatterns = createMatcher(patterned?.matcher ?? whole);
    expect(cueTexts.length).toBeGreaterThan(50);
    let longer = 0;
    for (const name of cueTexts) {
      for (const v of variants(name)) {
        const text = `Before ${v} after, 前文${v}后文, и ${v} 1969.`;
        const a = byTrie.find(text);
        const b = byPatterns.find(text);
        expect(
          a.map((c) => c.start),
          text,
        ).toEqual(b.map((c) => c.start));
        a.forEach((c, i) => {
          const p = b[i];
          if (p && (c.end !== p.end || c.topic !== p.topic)) {
            expect(c.end, text).toBeGreaterThan(p.end);
            expect(/\p{sc=Han}$/u.test(text.slice(c.start, c.end)), text).toBe(true);
            longer++;
          }
        });
      }
    }
    expect(longer).toBeLessThan(30);
  });
});

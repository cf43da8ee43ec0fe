// The recall set (tests/fixtures/recall/passages.json): passages written for the project in four
// scripts, each expected mention marked. The real data through the real build wiring (OpenCC as in
// prepare-data.ts), gated as the content script gates (blocks and their neighbours). Reports recall
// and precision; fails below 0.97 recall or on any highlight in a trap passage.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { keepAmbiguous, verdictFor } from '../../src/core/ambiguity';
import type { Topic } from '../../src/core/kb-types';
import { createMatcher } from '../../src/core/matcher';
import { compilePageMatcher } from '../../src/core/matcher-cues';

interface Passage {
  id: string;
  lang: string;
  trap?: boolean;
  blocks: string[];
  expect: { topic: string; text: string }[];
}

const read = (rel: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8'));
const topics = read('../../data/topics.json') as Topic[];
const passages = read('../fixtures/recall/passages.json') as Passage[];
/** Written after the data was done and never tuned on: reported, not asserted (except its traps). */
const holdout = read('../fixtures/recall/holdout.json') as Passage[];
const converters = [
  OpenCC.Converter({ from: 'cn', to: 'tw' }),
  OpenCC.Converter({ from: 'cn', to: 'hk' }),
  OpenCC.Converter({ from: 'tw', to: 'cn' }),
  OpenCC.Converter({ from: 'hk', to: 'cn' }),
];
const zhVariants = (s: string): string[] => [...new Set(converters.map((c) => c(s)))];
const matcher = createMatcher(compilePageMatcher(topics, { zhVariants }));

/** What the extension would highlight in a passage: [topic, text] per mention. */
function highlights(p: Passage): { topic: string; text: string }[] {
  const found = p.blocks.flatMap((block, i) => {
    // As the content script does: an ambiguous mention is judged by its block and the blocks beside it.
    const near = matcher.near(p.blocks.slice(Math.max(0, i - 1), i + 2).join('\n'));
    return matcher.find(block).map((c) => ({
      ...c,
      text: block.slice(c.start, c.end),
      near: c.ambiguous ? verdictFor(c.topic, near) : undefined,
    }));
  });
  return keepAmbiguous(found).map(({ topic, text }) => ({ topic, text }));
}

/** A highlight counts for an expected mention of its topic whose text it contains or lies in. */
function score(p: Passage) {
  const open = [...p.expect];
  const wrong: { topic: string; text: string }[] = [];
  for (const h of highlights(p)) {
    const i = open.findIndex((e) => e.topic === h.topic && (e.text.includes(h.text) || h.text.includes(e.text)));
    if (i >= 0) open.splice(i, 1);
    else wrong.push(h);
  }
  return { hit: p.expect.length - open.length, missed: open, wrong };
}

describe('recall set', () => {
  const results = passages.map((p) => ({ p, ...score(p) }));
  const expected = passages.reduce((n, p) => n + p.expect.length, 0);
  const hit = results.reduce((n, r) => n + r.hit, 0);
  const wrong = results.reduce((n, r) => n + r.wrong.length, 0);
  const recall = hit / expected;
  const precision = hit / (hit + wrong);

  it('has at least 40 passages in four scripts, traps included', () => {
    expect(passages.length).toBeGreaterThanOrEqual(40);
    for (const lang of ['en', 'zh-Hans', 'zh-Hant', 'ru'])
      expect(passages.filter((p) => p.lang === lang).length).toBeGreaterThanOrEqual(8);
    expect(passages.filter((p) => p.trap).length).toBeGreaterThanOrEqual(8);
  });

  it('reports recall and precision', () => {
    const misses = results.flatMap((r) => r.missed.map((m) => `${r.p.id}: missed ${m.topic} "${m.text}"`));
    const extra = results.flatMap((r) => r.wrong.map((w) => `${r.p.id}: wrong ${w.topic} "${w.text}"`));
    console.log(
      `recall ${hit}/${expected} = ${recall.toFixed(3)}; precision ${hit}/${hit + wrong} = ${precision.toFixed(3)}`,
    );
    console.log([...misses, ...extra].join('\n'));
    expect(recall).toBeGreaterThanOrEqual(0.97);
  });

  it.each(passages.filter((p) => p.trap).map((p) => [p.id, p] as const))('trap %s: no highlight', (_id, p) => {
    expect(highlights(p)).toEqual([]);
  });
});

describe('held-out passages', () => {
  it('reports recall and precision', () => {
    const results = holdout.map((p) => ({ p, ...score(p) }));
    const expected = holdout.reduce((n, p) => n + p.expect.length, 0);
    const hit = results.reduce((n, r) => n + r.hit, 0);
    const wrong = results.reduce((n, r) => n + r.wrong.length, 0);
    const lines = results.flatMap((r) => [
      ...r.missed.map((m) => `${r.p.id}: missed ${m.topic} "${m.text}"`),
      ...r.wrong.map((w) => `${r.p.id}: wrong ${w.topic} "${w.text}"`),
    ]);
    console.log(
      `held out: recall ${hit}/${expected} = ${(hit / expected).toFixed(3)}; precision ${hit}/${hit + wrong}\n${lines.join('\n')}`,
    );
    expect(holdout.length).toBeGreaterThanOrEqual(20);
  });
  it.each(holdout.filter((p) => p.trap).map((p) => [p.id, p] as const))('trap %s: no highlight', (_id, p) => {
    expect(highlights(p)).toEqual([]);
  });
});

describe('the traps page', () => {
  const traps = readFileSync(fileURLToPath(new URL('../fixtures/traps.html', import.meta.url)), 'utf8');
  it.each(passages.filter((p) => p.trap).map((p) => [p.id, p] as const))('holds trap passage %s', (_id, p) => {
    for (const block of p.blocks) expect(traps).toContain(block);
  });
});

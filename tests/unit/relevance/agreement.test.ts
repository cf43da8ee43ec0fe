// Agreement with the labelled set: the card's choice of thesis against what a historian expects,
// next to the old rule (the topic's first thesis) on the same mentions. Prints both and the confusions.
import { describe, expect, it } from 'vitest';
import { rankTheses } from '../../../src/core/relevance';
import { labelledMentions, prepared } from './labelled-set';

const kb = prepared.kb;
const mentions = labelledMentions();
const short = (id: string | null): string => id ?? 'none';

function agreement(choose: (m: (typeof mentions)[number]) => string | null) {
  const confusions = new Map<string, string[]>();
  let agree = 0;
  for (const m of mentions) {
    const got = choose(m);
    if (got === m.expect) agree++;
    else {
      const key = `${short(m.expect)} → ${short(got)}`;
      confusions.set(key, [...(confusions.get(key) ?? []), `${m.passage}: ${m.text}`]);
    }
  }
  return { agree, total: mentions.length, rate: agree / mentions.length, confusions };
}

function report(name: string, r: ReturnType<typeof agreement>): void {
  const lines = [...r.confusions]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([k, v]) => `  ${k} (${v.length}): ${v.join('; ')}`);
  console.log(`${name}: ${r.agree}/${r.total} = ${(100 * r.rate).toFixed(1)}%\n${lines.join('\n')}`);
}

describe('the labelled passages', () => {
  it('are at least 60, in all four scripts', () => {
    expect(new Set(mentions.map((m) => m.passage)).size).toBeGreaterThanOrEqual(60);
    expect(new Set(mentions.map((m) => m.lang))).toEqual(new Set(['en', 'zh-Hans', 'zh-Hant', 'ru']));
  });

  it('agree with the relevance ranking at least 90% of the time', () => {
    const now = agreement((m) => rankTheses(kb, m.input).thesis);
    const old = agreement((m) => kb.topics.find((t) => t.id === m.input.topic)?.theses[0] ?? null);
    report('relevance', now);
    report('old rule (first thesis of the topic)', old);
    expect(now.rate).toBeGreaterThanOrEqual(0.9);
  });
});

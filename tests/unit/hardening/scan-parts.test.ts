// @vitest-environment jsdom
// A run of megabytes is matched a part at a time (src/content/scan-run.ts): the parts must find
// exactly what one pass over the whole run finds, names across part boundaries included.
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/core/matcher-compile';
import { createMatcher } from '../../../src/core/matcher';
import { scanRun, scanRunInParts } from '../../../src/content/scan-run';
import type { TextRun } from '../../../src/content/text-runs';
import { FIXTURE_TOPICS } from '../matcher-fixture';

const matcher = createMatcher(compileMatcher(FIXTURE_TOPICS, { zhVariants: () => [] }));

/** One run of text nodes, each `nodeChars` long at most. */
function runOf(text: string, nodeChars = 997): TextRun {
  const p = document.createElement('p');
  const run: TextRun = { nodes: [], starts: [], text };
  for (let at = 0; at < text.length; at += nodeChars) {
    const node = document.createTextNode(text.slice(at, at + nodeChars));
    p.append(node);
    run.nodes.push(node);
    run.starts.push(at);
  }
  document.body.append(p);
  return run;
}

const brief = (list: { topic: string; text: string; startOffset: number }[]) => list.map((m) => `${m.topic}:${m.text}`);

describe('a long run matched in parts', () => {
  it('finds what a single pass finds, with names cut by a part boundary found once', () => {
    // Names at every offset modulo the part size, so some straddle each boundary.
    let text = '';
    const expected: string[] = [];
    for (let i = 0; text.length < 130_000; i++) {
      text += 'x'.repeat(i % 23) + ' ';
      const name = i % 3 ? 'Mao Zedong' : 'Stalin';
      text += `${name} met. `;
      expected.push(`${i % 3 ? 'mao-zedong' : 'stalin'}:${name}`);
    }
    const run = runOf(text);
    const whole = matcher.find(text).map((c) => `${c.topic}:${text.slice(c.start, c.end)}`);
    expect(whole).toEqual(expected);
    expect(brief(scanRun(run, matcher))).toEqual(expected);
    const parts = [...scanRunInParts(run, matcher)];
    expect(parts.length).toBeGreaterThan(5);
    expect(brief(parts.flat())).toEqual(expected);
  });

  it('never starts a name inside a word at a part boundary', () => {
    // "XStalin" must not match even where a part starts right after the X.
    const run = runOf(`${'y '.repeat(9_999)}aXStalin Stalin`);
    expect(brief(scanRun(run, matcher))).toEqual(['stalin:Stalin']);
  });
});

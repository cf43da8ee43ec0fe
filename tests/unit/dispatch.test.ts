// The one message layer: a request reaches its handler only with the shape the contract names, errors
// come back as Results, and a message for another listener is left alone.
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../src/shared/dispatch';
import { backgroundChecks, contentChecks, isResult } from '../../src/shared/messages';
import { cardStringsFrom } from '../../src/core/card-strings';

const sender = { id: 'test' };

describe('createDispatch', () => {
  const seen: unknown[] = [];
  const dispatch = createDispatch(contentChecks, {
    'highlights/reveal': ({ topic, index }) => {
      seen.push([topic, index]);
      return { count: 3 };
    },
    'highlights/toggle': () => {
      throw new Error('storage is gone');
    },
  });

  it('hands a well-formed request to its handler and wraps the answer', async () => {
    await expect(dispatch({ type: 'highlights/reveal', payload: { topic: 'mao', index: 2 } }, sender)).resolves.toEqual(
      {
        ok: true,
        value: { count: 3 },
      },
    );
    expect(seen).toEqual([['mao', 2]]);
  });

  it('answers a malformed request with an error, without calling the handler', async () => {
    for (const payload of [
      undefined,
      null,
      { topic: 'mao' },
      { topic: 'mao', index: '2' },
      { topic: 7, index: 2 },
      [1],
    ]) {
      await expect(dispatch({ type: 'highlights/reveal', payload }, sender)).resolves.toEqual({
        ok: false,
        error: 'highlights/reveal: malformed request',
      });
    }
    expect(seen).toHaveLength(1);
  });

  it("returns a handler's error as an error Result", async () => {
    await expect(dispatch({ type: 'highlights/toggle', payload: {} }, sender)).resolves.toEqual({
      ok: false,
      error: 'storage is gone',
    });
  });

  it('leaves messages it has no handler for to other listeners', () => {
    expect(dispatch({ type: 'mentions/step', payload: { direction: 1 } }, sender)).toBeUndefined();
    expect(dispatch({ type: 'no/such', payload: {} }, sender)).toBeUndefined();
    expect(dispatch({ type: 'toString', payload: {} }, sender)).toBeUndefined();
    expect(dispatch('mentions/step', sender)).toBeUndefined();
    expect(dispatch(null, sender)).toBeUndefined();
  });
});

describe('the contract checks', () => {
  it('accept what the contexts send and refuse what they never would', () => {
    const run = backgroundChecks['commands/run'].req;
    expect(run({ command: 'next-mention' })).toBe(true);
    expect(run({ command: 'next-mention', tabId: 4 })).toBe(true);
    expect(run({ command: 'next-mention', tabId: '4' })).toBe(false);
    expect(run({ command: 'rm -rf' })).toBe(false);
    const step = contentChecks['mentions/step'].req;
    expect(step({ direction: -1 })).toBe(true);
    expect(step({ direction: 2 })).toBe(false);
    const report = backgroundChecks['mentions/report'].req;
    const ok = {
      url: 'https://x/',
      complete: true,
      enabled: true,
      mentions: [
        { topic: 'mao', text: 'Mao', context: '… Mao …', place: { sentence: 'Mao.', block: 0, heading: 0, group: 0 } },
      ],
      visible: true,
      counts: { mao: 1 },
      capped: false,
      hiddenFrames: [],
      blocks: ['Mao.'],
      headings: [''],
    };
    expect(report(ok)).toBe(true);
    expect(report({ ...ok, counts: { mao: 'one' } })).toBe(false);
    expect(report({ ...ok, mentions: [{ topic: 'mao', text: 'Mao' }] })).toBe(false);
  });

  it('check answers too: envelope and value', () => {
    expect(isResult({ ok: true, value: null })).toBe(true);
    expect(isResult({ ok: false, error: 'x' })).toBe(true);
    expect(isResult({ ok: true })).toBe(false);
    expect(isResult({ ok: false })).toBe(false);
    const preview = backgroundChecks['topics/preview'].res;
    const card = {
      topic: 'mao',
      label: 'Mao Zedong',
      names: [{ text: '毛泽东', lang: 'zh-Hans' }],
      lang: 'en',
      strings: cardStringsFrom((key) => key),
      dates: '1893–1976',
      paper: 'XU Hao (2022)',
      lead: { thesis: 't', title: 'T', argues: 'A', reason: { kind: 'date', text: '1950', where: 'sentence' } },
      notAddressed: false,
      summary: null,
      background: null,
      evidence: null,
      others: [],
    };
    expect(preview(card)).toBe(true);
    expect(preview({ ...card, lang: 'fr' })).toBe(false);
    expect(preview({ ...card, names: [{ text: 3 }] })).toBe(false);
    expect(preview({ ...card, strings: { ...card.strings, more: null } })).toBe(false);
    expect(preview({ ...card, lead: { ...card.lead, reason: { kind: 'hunch', text: '', where: 'sentence' } } })).toBe(
      false,
    );
    expect(preview({ ...card, others: [{ thesis: 't' }] })).toBe(false);
    expect(preview(null)).toBe(true);
    expect(preview({ ...card, evidence: { date: '1950', title: 't', source: 's', status: 'rumour' } })).toBe(false);
    expect(
      preview({ ...card, evidence: { date: '1950', when: '1950', title: 't', source: 's', status: 'verified' } }),
    ).toBe(true);
    expect(preview({ ...card, evidence: { date: '1950', title: 't', source: 's', status: 'verified' } })).toBe(false);
    expect(backgroundChecks['commands/run'].res({ enabled: false })).toBe(true);
    expect(backgroundChecks['commands/run'].res({ enabled: 'no' })).toBe(false);
  });
});

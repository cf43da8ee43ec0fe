// The ranking on the real data: each signal on its own decides, nothing decides null, and the
// reason names what decided.
import { describe, expect, it } from 'vitest';
import { passageAt } from '../../../src/core/passage';
import { rankTheses, type RelevanceInput } from '../../../src/core/relevance';
import { prepared } from './labelled-set';

const kb = prepared.kb;
function input(topic: string, text: string, mention: string, blockTopics: string[] = [], heading = ''): RelevanceInput {
  const at = text.indexOf(mention);
  return { topic, passage: passageAt(text, at, at + mention.length, heading), blockTopics };
}

describe('rankTheses', () => {
  it('a date alone: the same name in 1939 and in July 1958 leads to different theses', () => {
    const a = rankTheses(kb, input('mao-zedong', 'In September 1939 Mao spoke to a reporter.', 'Mao'));
    const b = rankTheses(kb, input('mao-zedong', 'In July 1958 Mao spoke to a reporter.', 'Mao'));
    expect(a.thesis).toBe('pact-1939-interviews');
    expect(b.thesis).toBe('conclusion-sovereignty-equality');
    expect(b.reason).toEqual({ kind: 'date', text: 'July 1958', where: 'sentence' });
  });

  it('a co-named topic alone', () => {
    const r = rankTheses(
      kb,
      input('mao-zedong', 'Mao and Yudin argued about the proposal.', 'Mao', ['yudin', 'joint-fleet-dispute-1958']),
    );
    expect(r.thesis).toBe('conclusion-sovereignty-equality');
    expect(r.reason).toEqual({ kind: 'topic', topic: 'joint-fleet-dispute-1958' });
  });

  it('a key term alone, in Russian inflected and in Traditional Chinese', () => {
    expect(
      rankTheses(
        kb,
        input('mao-zedong', 'Мао Цзэдун требовал нового договора и не хотел оставлять прежний.', 'Мао Цзэдун'),
      ).thesis,
    ).toBe('new-treaty-1950');
    expect(rankTheses(kb, input('mao-zedong', '毛澤東反對老子黨作風，主張平等。', '毛澤東')).thesis).toBe(
      'headed-by-ussr-not-father-son',
    );
  });

  it('the heading dates a paragraph that names no date', () => {
    const r = rankTheses(
      kb,
      input('mao-zedong', 'Mao received the ambassador twice that week.', 'Mao', [], 'The crisis of July 1958'),
    );
    expect(r.thesis).toBe('conclusion-sovereignty-equality');
    expect(r.reason).toMatchObject({ kind: 'date', where: 'heading' });
  });

  it('null when nothing points to a thesis, and when the date lies outside every thesis', () => {
    expect(rankTheses(kb, input('mao-zedong', 'Mao liked to swim.', 'Mao')).thesis).toBeNull();
    expect(
      rankTheses(kb, input('khrushchev', 'In 1964 Khrushchev was removed from office.', 'Khrushchev')).thesis,
    ).toBeNull();
    expect(
      rankTheses(kb, input('zhenbao-island-incident', 'Zhenbao Island, March 1969.', 'Zhenbao Island')).thesis,
    ).toBeNull();
  });

  it('a year that only overlaps a narrower period is not enough alone', () => {
    expect(rankTheses(kb, input('mao-zedong', 'In 1958 Mao launched a campaign for steel.', 'Mao')).thesis).toBeNull();
  });

  it('a topic the paper discusses under one point leads there without other signals', () => {
    expect(
      rankTheses(
        kb,
        input(
          'molotov-ribbentrop-pact',
          'The Molotov–Ribbentrop Pact is a well-known treaty.',
          'Molotov–Ribbentrop Pact',
        ),
      ).thesis,
    ).toBe('pact-1939-interviews');
  });

  it("a dated sentence outweighs the rest of its block (the demo page's 1956 sentence before a 1958 one)", () => {
    // Failed before sentence topics and SENTENCE_SPOKE: Khrushchev led with the 1958 sovereignty point.
    const text =
      "After Khrushchev's speech to the 20th Congress in 1956, relations between the two parties grew tense. In July 1958 the Soviet ambassador Pavel Yudin raised the idea of a joint fleet, and Mao refused it.";
    const block = ['khrushchev', 'yudin', 'joint-fleet-dispute-1958', 'mao-zedong'];
    const first = input('khrushchev', text, 'Khrushchev', block);
    const second = input('yudin', text, 'Pavel Yudin', block);
    expect(rankTheses(kb, { ...first, sentenceTopics: ['khrushchev'] }).thesis).toBe('headed-by-ussr-not-father-son');
    expect(
      rankTheses(kb, { ...second, sentenceTopics: ['yudin', 'joint-fleet-dispute-1958', 'mao-zedong'] }).thesis,
    ).toBe('conclusion-sovereignty-equality');
  });

  it('ranks every thesis, best first', () => {
    const r = rankTheses(kb, input('mao-zedong', 'On 14 February 1950 Mao watched the signing.', 'Mao'));
    expect(r.ranking.map((s) => s.thesis).sort()).toEqual(kb.theses.map((t) => t.id).sort());
    expect(r.ranking[0]?.thesis).toBe('new-treaty-1950');
    expect(r.dates.map((d) => d.text)).toEqual(['14 February 1950']);
  });
});

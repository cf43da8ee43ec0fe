// The labelled passages (tests/fixtures/relevance-passages.json) run through the real data and the
// real matcher, as a page would: each listed mention gets its sentence, block, heading and the
// topics the matcher finds in the block.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareData } from '../../../src/build/prepare-data';
import { createMatcher } from '../../../src/core/matcher';
import { passageAt } from '../../../src/core/passage';
import type { RelevanceInput } from '../../../src/core/relevance';

const KEYS: Record<string, string> = {
  P: 'pact-1939-interviews',
  T: 'new-treaty-1950',
  H: 'headed-by-ussr-not-father-son',
  L: 'leadership-charge',
  C: 'conclusion-sovereignty-equality',
};

interface FixturePassage {
  id: string;
  lang: string;
  heading?: string;
  text: string;
  mentions: { text: string; topic: string; expect: string | null }[];
}

export interface LabelledMention {
  passage: string;
  lang: string;
  text: string;
  expect: string | null;
  input: RelevanceInput;
}

export const prepared = prepareData(join(__dirname, '..', '..', '..', 'data'));
const matcher = createMatcher(prepared.matcher);

export function labelledMentions(): LabelledMention[] {
  const file = JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'relevance-passages.json'), 'utf8')) as {
    passages: FixturePassage[];
  };
  return file.passages.flatMap((p) => {
    const found = matcher.find(p.text);
    const listed = p.mentions.map((m) => ({ topic: m.topic, start: p.text.indexOf(m.text) }));
    const all = [...listed, ...found.map((c) => ({ topic: c.topic, start: c.start }))];
    const blockTopics = [...new Set(all.map((m) => m.topic))];
    return p.mentions.map((m) => {
      const start = p.text.indexOf(m.text);
      if (start < 0) throw new Error(`${p.id}: "${m.text}" is not in the passage`);
      const sentence = passageAt(p.text, start, start + m.text.length).sentence;
      // The topics named in the same sentence, as the page side finds them (same sentence cut).
      const sentenceTopics = [
        ...new Set(
          all
            .filter((o) => o.start >= 0 && passageAt(p.text, o.start, o.start + 1).sentence === sentence)
            .map((o) => o.topic),
        ),
      ];
      return {
        passage: p.id,
        lang: p.lang,
        text: m.text,
        expect: m.expect === null ? null : (KEYS[m.expect] ?? m.expect),
        input: {
          topic: m.topic,
          passage: passageAt(p.text, start, start + m.text.length, p.heading ?? ''),
          blockTopics,
          sentenceTopics,
          pageTopics: blockTopics,
        },
      };
    });
  });
}

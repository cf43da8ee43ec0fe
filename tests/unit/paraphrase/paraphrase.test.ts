// Truth in content: no sentence of the abstract or the fact sheet goes into the data
// word for word. Every run of 8 English words, or 12 Chinese characters, of the data's prose is hashed and
// looked up in source-ngrams.json, the committed hashes of those sources' runs (npm run paraphrase:hashes
// regenerates it from ../shared/research), so this runs in a clone with nothing beside it. Names and
// document titles are exempt: they are not prose fields, and a title must be given as it is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashRun } from '../../../src/build/source-ngrams';
import { copiedRuns, prose, type SourceHashes } from './copied-runs';

const ROOT = join(__dirname, '..', '..', '..');
const HASHES = JSON.parse(readFileSync(join(__dirname, 'source-ngrams.json'), 'utf8')) as SourceHashes;
const DATA = ['theses', 'topics', 'evidence', 'paper'].map(
  (f) => JSON.parse(readFileSync(join(ROOT, 'data', `${f}.json`), 'utf8')) as unknown,
);
const dataProse = DATA.flatMap((file) => prose(file));

// A run of the abstract and a Chinese phrase of the fact sheet, with their hashes: the list must hold
// them, and data containing them must be caught.
const ABSTRACT_RUN = 'sino soviet relations have experienced tortuous development in';
const ABSTRACT_RUN_HASH = '7672135238c0e030';
const FACTS_HAN = '把俄国民族主义扩大到中国海岸';
const FACTS_HAN_RUN_HASH = 'cfcdf3f79166aaa0';

describe('paraphrase', () => {
  it('the data has prose to check, and the hash list covers the sources', () => {
    expect(dataProse.length).toBeGreaterThan(100);
    expect(HASHES.words.length).toBeGreaterThan(3000);
    expect(HASHES.han.length).toBeGreaterThan(10);
  });

  it('no 8-word run of the sources appears in the data', () => {
    expect(copiedRuns(dataProse, HASHES).words).toEqual([]);
  });

  it('no 12-character run of Chinese from the sources appears in the data', () => {
    expect(copiedRuns(dataProse, HASHES).han).toEqual([]);
  });

  it('catches a sentence copied from the abstract into a prose field, and leaves a paraphrase alone', () => {
    expect(hashRun(ABSTRACT_RUN)).toBe(ABSTRACT_RUN_HASH);
    expect(HASHES.words).toContain(ABSTRACT_RUN_HASH);
    const entry = {
      id: 'x',
      paper: ['In history, Sino-Soviet relations have experienced tortuous development!'],
      name: ABSTRACT_RUN,
    };
    expect(copiedRuns(prose(entry), HASHES).words).toEqual([]);
    entry.paper.push('Sino-Soviet relations have experienced tortuous development in history.');
    expect(copiedRuns(prose(entry), HASHES).words).toContain(ABSTRACT_RUN);
  });

  it('catches 12 Chinese characters copied from the fact sheet, even with punctuation slipped in', () => {
    expect(hashRun(FACTS_HAN.slice(0, 12))).toBe(FACTS_HAN_RUN_HASH);
    expect(HASHES.han).toContain(FACTS_HAN_RUN_HASH);
    const entry = { rejects: { zh: `毛泽东说赫鲁晓夫想${FACTS_HAN.slice(0, 6)}，${FACTS_HAN.slice(6)}。` } };
    expect(copiedRuns(prose(entry), HASHES).han).toContain(FACTS_HAN.slice(0, 12));
    expect(copiedRuns(prose({ summary: '毛泽东批评苏方把民族主义推向中国沿海' }), HASHES).han).toEqual([]);
  });
});

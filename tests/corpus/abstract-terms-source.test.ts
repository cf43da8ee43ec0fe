// The abstract's terms are copied into tests/unit/paper/abstract-terms.ts so that npm test needs nothing
// beside the clone; this check, run by npm run test:corpus with ../shared beside the clone, keeps the copy true.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ABSTRACT_TERMS } from '../unit/paper/abstract-terms';

const SHARED = join(__dirname, '..', '..', '..', 'shared', 'research');

describe('the committed abstract terms', () => {
  it('are each in the abstract or the record of the Chinese abstract', () => {
    const sources = ['paper-abstract.txt', 'paper-record.md']
      .map((f) => readFileSync(join(SHARED, f), 'utf8'))
      .join('\n');
    const flat = sources.replace(/\s+/g, ' ');
    expect(ABSTRACT_TERMS.filter((term) => !flat.includes(term))).toEqual([]);
  });
});

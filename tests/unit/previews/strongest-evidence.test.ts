import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/core/kb-types';
import { strongestEvidence } from '../../../src/core/preview-card';
import { evidence, fixtureKb, thesis, topic } from './fixture-kb';

const pick = (kb: KnowledgeBase, id: string) =>
  strongestEvidence(
    kb,
    kb.topics.find((t) => t.id === id)!,
  )?.id ?? null;

describe('strongestEvidence', () => {
  it('prefers verified, then linked to the thesis, then earliest', () => {
    // Mao: the 1949 secondary memoir is earliest but secondary; the verified 1949 talk is earlier than the
    // verified treaty, but only the treaty and the fleet back the thesis: the treaty (1950) wins over the fleet (1958).
    expect(pick(fixtureKb, 'mao-zedong')).toBe('e-treaty-1950');
  });

  it('puts verified before linked-to-thesis', () => {
    const kb: KnowledgeBase = {
      ...fixtureKb,
      theses: [thesis('t', ['linked-secondary'], 'Claim.')],
      topics: [topic('x', ['t'])],
      evidence: [
        evidence('linked-secondary', '1940', 'secondary', ['x']),
        evidence('unlinked-verified', '1960', 'verified', ['x']),
      ],
    };
    expect(pick(kb, 'x')).toBe('unlinked-verified');
  });

  it('takes the earliest among equals, a partial date counting as its start, and the id last', () => {
    const kb: KnowledgeBase = {
      ...fixtureKb,
      theses: [],
      topics: [topic('x', [])],
      evidence: [
        evidence('b', '1950-02-14', 'verified', ['x']),
        evidence('c', '1950', 'verified', ['x']),
        evidence('a', '1950', 'verified', ['x']),
      ],
    };
    expect(pick(kb, 'x')).toBe('a');
  });

  it("falls back to the thesis's evidence when no item names the topic", () => {
    const kb: KnowledgeBase = { ...fixtureKb, topics: [topic('lonely', ['independence'])] };
    expect(pick(kb, 'lonely')).toBe('e-treaty-1950');
  });

  it('has nothing for a context-only topic no item names', () => {
    expect(pick(fixtureKb, 'khrushchev')).toBeNull();
  });
});

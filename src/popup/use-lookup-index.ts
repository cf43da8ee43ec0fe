/** The lookup index, built once per knowledge base when lookup is first shown (not before the first frame). */
import { useMemo } from 'preact/hooks';
import type { KnowledgeBase } from '../core/kb-types';
import { buildLookupIndex, type LookupIndex } from '../core/lookup';
import type { Romanize } from './pinyin';

export function useLookupIndex(
  kb: KnowledgeBase,
  zh: Readonly<Record<string, string>>,
  romanize: Romanize,
): LookupIndex {
  return useMemo(() => buildLookupIndex(kb.topics, { zh, romanize }), [kb, zh, romanize]);
}

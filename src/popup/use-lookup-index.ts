/**
 * The lookup index for the popup's lifetime: usable at once without pinyin keys, rebuilt with them
 * as soon as the romaniser has loaded (a few tens of milliseconds, never before the first frame).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { KnowledgeBase } from '../core/kb-types';
import { buildLookupIndex, type LookupIndex } from '../core/lookup';
import { loadRomanizer } from './pinyin';

const withPinyinCache = new WeakMap<KnowledgeBase, Promise<LookupIndex>>();

function indexWithPinyin(kb: KnowledgeBase, zh: Readonly<Record<string, string>>): Promise<LookupIndex> {
  let cached = withPinyinCache.get(kb);
  if (!cached) {
    cached = loadRomanizer().then((romanize) => buildLookupIndex(kb.topics, { zh, romanize }));
    withPinyinCache.set(kb, cached);
  }
  return cached;
}

export function useLookupIndex(kb: KnowledgeBase, zh: Readonly<Record<string, string>>): LookupIndex {
  const plain = useMemo(() => buildLookupIndex(kb.topics, { zh }), [kb, zh]);
  const [full, setFull] = useState<LookupIndex | null>(null);
  useEffect(() => {
    let live = true;
    indexWithPinyin(kb, zh).then(
      (index) => live && setFull(index),
      () => undefined, // without pinyin keys lookup still finds every name as written
    );
    return () => {
      live = false;
    };
  }, [kb, zh]);
  return full ?? plain;
}

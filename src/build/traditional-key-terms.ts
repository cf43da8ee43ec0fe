/**
 * Key terms are written once, in Simplified Chinese; the bundled knowledge base also carries their
 * Traditional spellings (the same OpenCC conversions as aliases), so a Traditional page matches too.
 */
import type { KnowledgeBase } from '../core/kb-types';

export function withTraditionalKeyTerms(kb: KnowledgeBase, zhVariants: (s: string) => string[]): KnowledgeBase {
  const theses = kb.theses.map((t) => {
    const simplified = new Set(t.keyTerms['zh-Hans']);
    const traditional = [...new Set(t.keyTerms['zh-Hans'].flatMap(zhVariants))].filter((v) => !simplified.has(v));
    return { ...t, keyTerms: { ...t.keyTerms, 'zh-Hant': traditional } };
  });
  return { ...kb, theses };
}

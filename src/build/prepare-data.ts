/**
 * Build step for data/: validate it (a bad entry stops the build with file, entry and field),
 * compile the matcher the content script embeds, and count what is there.
 * Runs in Node at build time only.
 */
import * as OpenCC from 'opencc-js';
import type { CompiledMatcher } from '../core/matcher-compile';
import { compilePageMatcher } from '../core/matcher-cues';
import { compileMatcher, type CompiledPattern } from '../core/matcher-compile';
import type { KnowledgeBase } from '../core/kb-types';
import { labelPinyinTable, pinyinTable } from './pinyin-table';
import { withTraditionalKeyTerms } from './traditional-key-terms';
import { traditionalConverter, withTraditionalText } from './traditional-text';
import { countKnowledgeBase, loadKnowledgeBase } from './validate-data';

export interface PreparedData {
  kb: KnowledgeBase;
  matcher: CompiledMatcher;
  /** Simplified Chinese name → toneless pinyin, for the popup's lookup. */
  pinyin: Record<string, string>;
  /** Topic id → toned pinyin of its Simplified label (names only), for the card's header. */
  labelPinyin: Record<string, string>;
  counts: ReturnType<typeof countKnowledgeBase>;
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const hkToSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

/** Every script a Chinese alias may be written in, so data lists each name once. */
export function zhVariants(alias: string): string[] {
  return [...new Set([toTraditional(alias), toHongKong(alias), toSimplified(alias), hkToSimplified(alias)])];
}

/** Simplified → Taiwan Traditional for reader-facing text: OpenCC plus the checked term list. */
export const toTraditionalText = traditionalConverter(toTraditional);

/**
 * The aliases as whole-text patterns (the matcher uses groups: matcher-groups.ts): only for the
 * bench's own-pattern floor, which measures a walk running our own patterns over every text node.
 */
export function wholePatterns(topics: PreparedData['kb']['topics']): CompiledPattern[] {
  return compileMatcher(topics, { zhVariants, wholePatterns: true }).patterns;
}

export function prepareData(dataDir: string): PreparedData {
  const kb = withTraditionalText(withTraditionalKeyTerms(loadKnowledgeBase(dataDir), zhVariants), toTraditionalText);
  return {
    kb,
    matcher: compilePageMatcher(kb.topics, { zhVariants }),
    pinyin: pinyinTable(kb.topics),
    labelPinyin: labelPinyinTable(kb.topics),
    counts: countKnowledgeBase(kb),
  };
}

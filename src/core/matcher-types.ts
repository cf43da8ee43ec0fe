/**
 * Shapes shared by the build-time compiler (matcher-compile.ts) and the page-time
 * runtime (matcher.ts). CompiledMatcher is plain JSON: the build embeds it in the
 * content-script bundle, and the page only ever calls `new RegExp(source, flags)` on it.
 */

export const MATCHER_VERSION = 1;

/** What a matched entry is; stored in the low 2 bits of CompiledMatcher.entries. */
export const EntryKind = {
  /** An alias from Topic.aliases: always a mention. */
  Alias: 0,
  /** An alias from Topic.ambiguous: a mention only under the rule in ambiguity.ts. */
  Ambiguous: 1,
  /** A `never` phrase: matched only so that it wins over the shorter alias inside it, then dropped. */
  Blocker: 2,
} as const;
export type EntryKind = (typeof EntryKind)[keyof typeof EntryKind];

export interface CompiledMatcher {
  version: typeof MATCHER_VERSION;
  /** The one combined pattern: a trie of every alias and blocker. */
  source: string;
  /** Flags for `source` ("giu"). */
  flags: string;
  /** Small pattern of one distinctive word per alias: if it finds nothing, `source` cannot either. */
  prefilter: string;
  /** Flags for `prefilter` ("iu"). */
  prefilterFlags: string;
  /** Topic ids; entries refer to them by index. */
  topics: string[];
  /**
   * One number per terminal of the trie, in capture-group order: group i+1 is entries[i],
   * encoded as (topicIndex << 2) | EntryKind.
   */
  entries: number[];
  /** Chinese variant character → canonical character, only for characters in aliases (for fold()). */
  zhFold: Record<string, string>;
}

/** One highlighted mention: text.slice(start, end) is the name exactly as written on the page. */
export interface Candidate {
  topic: string;
  start: number;
  end: number;
  /** It came from Topic.ambiguous: keep it only per gateAmbiguous() in ambiguity.ts. */
  ambiguous: boolean;
}

export interface CompileOptions {
  /**
   * Chinese script variants of a string (the build passes OpenCC cn→tw, cn→hk, tw→cn).
   * Called on whole aliases and on single characters; may return duplicates or the input.
   */
  zhVariants: (text: string) => string[];
}

/**
 * Shapes shared by the build-time compiler (matcher-compile.ts) and the page-time
 * runtime (matcher.ts). CompiledMatcher is plain JSON: the build embeds it in the
 * content-script bundle, and the page only ever calls `new RegExp(source, flags)` on its strings.
 */

export const MATCHER_VERSION = 2;

/** What a matched entry is; stored in the low 2 bits of CompiledPattern.entries. */
export const EntryKind = {
  /** An alias from Topic.aliases: always a mention. */
  Alias: 0,
  /** An alias from Topic.ambiguous: a mention only under the rule in ambiguity.ts. */
  Ambiguous: 1,
  /** A `never` phrase: matched only so that it wins over the shorter alias inside it, then dropped. */
  Blocker: 2,
} as const;
export type EntryKind = (typeof EntryKind)[keyof typeof EntryKind];

/**
 * The script every alias of a pattern starts in. A text without Cyrillic (or Chinese) letters
 * cannot match a Cyrillic (or Chinese) pattern, so those are neither compiled nor scanned for
 * it: irregexp tries a pattern's alternatives one after another at each position of the text.
 */
import type { EverydayWords } from './matcher-prefilter-words';

export type PatternScript = 'latin' | 'cyrillic' | 'cjk';

/** One regex of the matcher and what its capture groups mean. */
export interface CompiledPattern {
  script: PatternScript;
  /** A trie of aliases and blockers; Latin/Cyrillic ones end with a word-end lookahead. */
  source: string;
  /** Capture group i+1 ends the alias entries[i], encoded as (topicIndex << 2) | EntryKind. */
  entries: number[];
  /** This pattern's flags when not CompiledMatcher.flags: "g" where capitals are spelt out (matcher-case.ts). */
  flags?: string;
}

/**
 * The aliases whose prefilter fragment starts with the same two letters, as one small trie
 * (matcher-groups.ts). A page walks only the groups its prefilter hits wake, and each only in a
 * window around those hits: compiling regexes of them cost more than scanning on pages with mentions.
 */
export interface CompiledGroup {
  /**
   * The group's aliases and blockers as a trie the page walks (matcher-walk-build.ts: flatTrie);
   * its entries are encoded as (topicIndex << 2) | EntryKind, its edges index CompiledMatcher.units.
   * Its numbers are characters (trieAt).
   */
  trie: string;
  /** Every character (UTF-16 unit) a hit of this group can start with: the classes of its first letter, both cases. */
  first: string;
  /** Every character that can follow it in a hit of this group; empty: any (the first may match more than one). */
  second: string;
  /** At most this many characters other than separators from an alias's start to its fragment's start. */
  lead: number;
  /** At most this many characters other than separators from its fragment's start to the alias's end. */
  tail: number;
}

/** Stored trie numbers are shifted past the control characters, which JSON would escape; -1 is a space. */
export const TRIE_OFFSET = 0x21;
/** Number i of a stored trie (NaN past its end). */
export const trieAt = (trie: string, i: number): number => trie.charCodeAt(i) - TRIE_OFFSET;

/** What a unit accepts, the first character of its spec: one of WalkKind, then its payload. */
export const WalkKind = {
  /** One letter or digit of a spaced script (an alias ending on one is followed by the word-end check). */
  Word: 'w',
  /** One other character: Chinese, punctuation. */
  Char: 'c',
  /** One such character or nothing (the optional middle dot). */
  Optional: 'o',
  /** A run of one or more of these characters (separators). */
  Run: 's',
  /** A Russian ending: payload is every form it takes, lower case, `|`-separated (a word-end check follows, like Word). */
  Ending: 'e',
  /** One of several strings, NUL-separated (Chinese variants outside the BMP). */
  Strings: 'a',
} as const;

export interface CompiledMatcher {
  version: typeof MATCHER_VERSION;
  /** Flags of every pattern: "gi". */
  flags: string;
  /**
   * The aliases, spread over patterns below V8's 20 K-character optimisation limit, whole
   * trie branches each; find() merges their matches leftmost-longest.
   */
  patterns: CompiledPattern[];
  /**
   * The same aliases by the first letter of their prefilter fragment, for find() in windows around
   * prefilter hits. Where there are groups, patterns is empty (and the reverse: the cue matcher has
   * no prefilter, so it keeps patterns).
   */
  groups: CompiledGroup[];
  /** What each position of a group's aliases accepts (matcher-walk-build.ts: WalkKind); empty without groups. */
  units: string[];
  /** Small patterns of one distinctive word per alias: if none finds anything, no pattern can
   * (entries are empty: it has no capture groups). */
  prefilter: CompiledPattern[];
  /** Topic ids; entries refer to them by index. */
  topics: string[];
  /** Chinese variant character → canonical character, only for characters in aliases (for fold()). */
  zhFold: Record<string, string>;
  /** Words near a mention that confirm or refuse an ambiguous alias (matcher-cues.ts). */
  cues?: CompiledCues;
}

/**
 * The cue texts as a matcher of their own: its "topic" i is the i-th text, and cue[i], year[i] and
 * veto[i] list the indexes (into CompiledMatcher.topics) of the topics it confirms, lends a year
 * to, or refuses.
 */
export interface CompiledCues {
  matcher: CompiledMatcher;
  cue: number[][];
  year: number[][];
  veto: number[][];
}

/** What the text around a mention says about each topic's ambiguous aliases, by topic id. */
export interface NearEvidence {
  /** A cue word of the topic: confirms its ambiguous mentions here. */
  cue: Set<string>;
  /** A year of the topic's period: confirms unless a `never` phrase is also near. */
  year: Set<string>;
  /** A `never` phrase of the topic: refuses unless a cue word is also near. */
  veto: Set<string>;
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
  /** Largest pattern source (default MAX_PATTERN_CHARS, below V8's 20 K optimisation limit); tests lower it. */
  maxPatternChars?: number;
  /** Words the prefilter never takes as a fragment (default: matcher-prefilter-words.ts); the tuning script varies it. */
  everyday?: EverydayWords;
  /** Only the prefilter (patterns left empty): for the tuning script, which compiles it hundreds of times. */
  prefilterOnly?: boolean;
  /**
   * Whole-text patterns instead of groups (find() then needs no prefilter): the cue matcher, whose
   * prefilter is dropped, and the bench's own-pattern floor.
   */
  wholePatterns?: boolean;
  /**
   * One group holding every entry, walked over the whole text (no prefilter, no windows): the cue
   * matcher, which only ever reads the few blocks around an ambiguous mention.
   */
  oneTrie?: boolean;
}

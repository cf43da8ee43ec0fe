/**
 * Page time: find topic mentions in raw text with the build's CompiledMatcher.
 * Nothing is compiled at load: each regex is built the first time a text of its script
 * needs it, so a page where mayMatch() says no never pays for the full patterns, and an
 * English page never compiles the Chinese or Russian ones.
 */
import {
  EntryKind,
  type Candidate,
  type CompiledMatcher,
  type NearEvidence,
  type PatternScript,
} from './matcher-types';
import { CJK_CLASS, CYRILLIC_CLASS, insideWord, plainText, plainToRaw, RARE, shadowText } from './matcher-text';
import { entryOf, groupIndex, leftmostLongest, windowedScan, type Hit } from './matcher-windows';
import { createTrieWalker, type TrieWalker } from './matcher-walk';

export type { Candidate, CompiledMatcher, NearEvidence } from './matcher-types';

export interface HitScanner {
  /** Length of the text as scanned (it may have dropped invisibles): parts are given in these units. */
  readonly length: number;
  /** Sorted offsets into the original text of the fragments starting in part [from, to). */
  hitsIn(from: number, to: number): number[];
}

/**
 * How far past the end of a part its matches are followed: a fragment starting in the part may
 * end after it. Fragments are a few words; only one with a run of separators longer than this
 * (which pages do not have inside a name) could be cut short.
 */
const PART_OVERLAP = 1_000;

/** Characters on each side of a rare character within which a fragment touching it must lie. */
const RARE_WINDOW = 200;
/** More separate places with rare characters than this: the text is made plain whole. */
const MAX_RARE_WINDOWS = 64;
const RARE_RUNS = new RegExp(`${RARE.source}+`, 'g');

/** Merged [start, end) windows around the runs of rare characters, or null if there are too many. */
function rareWindows(text: string): [number, number][] | null {
  const out: [number, number][] = [];
  RARE_RUNS.lastIndex = 0;
  for (let m = RARE_RUNS.exec(text); m !== null; m = RARE_RUNS.exec(text)) {
    const a = Math.max(0, m.index - RARE_WINDOW);
    const b = Math.min(text.length, m.index + m[0].length + RARE_WINDOW);
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else if (out.push([a, b]) > MAX_RARE_WINDOWS) return null;
  }
  return out;
}

export interface Matcher {
  /** False means find() returns nothing for this text (and for any part of it). */
  mayMatch(text: string): boolean;
  /**
   * Where the prefilter finds a fragment of an alias: sorted offsets into text. An alias can
   * only be found in a part of text that holds one of them; none means mayMatch() is false.
   */
  hits(text: string): number[];
  /** hits() a part at a time, so a long text can be scanned over several idle slices. */
  hitScanner(text: string): HitScanner;
  /** Non-overlapping mentions in order; longest alias wins; `never` phrases are dropped. */
  find(text: string): Candidate[];
  /** What the text around an ambiguous mention (its block and the blocks beside it) says, by topic. */
  near(text: string): NearEvidence;
}

/** The leftmost match of `re` at or after `from` that does not start inside a word. */
function nextHit(re: RegExp, entries: readonly number[], text: string, from: number): Hit | null {
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (!insideWord(text, m.index)) return { start: m.index, end: m.index + m[0].length, code: entryOf(m, entries) };
    re.lastIndex = m.index + 1;
  }
  return null;
}

/**
 * V8 compiles a regex once for one-byte (Latin-1) subjects and once more for two-byte ones, and
 * page text mixes both (one curly quote or dash makes a paragraph two-byte). Every subject is made
 * two-byte by a trailing U+FFFD, so each pattern is compiled once per page: on the 1 MB bench page
 * that saved ~6 ms of compiling. No alias starts or ends with it; to the word-end check it is
 * like the end of the text, and offsets before it are unchanged.
 */
// U+FFFD, not a noncharacter like U+FFFF: the bundle holds it literally, and Chrome refuses a file
// with a noncharacter as not UTF-8 (build.mjs checks).
const TWO_BYTE_TAIL = '\ufffd';
// eslint-disable-next-line no-control-regex -- the Latin-1 range starts at U+0000 by definition
const NON_LATIN1 = /[^\x00-\xff]/;
// A text with a character beyond Latin-1 is two-byte already (the test stops at the first one):
// appending would only copy it.
const twoByte = (text: string): string => (NON_LATIN1.test(text) ? text : text + TWO_BYTE_TAIL);

/** Sorted start offsets of every prefilter match in subject that starts before `end`. */
function scanPrefilter(subject: string, res: readonly { re: RegExp }[], from: number, end: number): number[] {
  const out: number[] = [];
  for (const { re } of res) {
    re.lastIndex = from;
    // Every start, overlapping ones too: a fragment may begin inside another's match.
    for (let m = re.exec(subject); m !== null && m.index < end; m = re.exec(subject)) {
      out.push(m.index);
      re.lastIndex = m.index + 1;
    }
  }
  return out.sort((a, b) => a - b);
}

/** Whether a text has letters of the script at all (Latin patterns always run: digits, too). */
const HAS_SCRIPT: Record<PatternScript, RegExp | null> = {
  latin: null,
  cyrillic: new RegExp(CYRILLIC_CLASS),
  cjk: new RegExp(CJK_CLASS),
};

const SCRIPT_BITS: Record<PatternScript, number> = { latin: 1, cyrillic: 2, cjk: 4 };

/**
 * Regexes built on first use, one per pattern, for the scripts a text contains. The list for each set
 * of scripts is made once (eight at most): the matcher is asked for every changed block of a page.
 */
function lazyPatterns(list: CompiledMatcher['patterns'], flags: string) {
  const built: (RegExp | undefined)[] = [];
  const byScripts = new Map<number, readonly { re: RegExp; entries: number[] }[]>();
  // Only the scripts some pattern is for are looked for in a text.
  const wanted = (['latin', 'cyrillic', 'cjk'] as const).filter((script) => list.some((p) => p.script === script));
  return (text: string): readonly { re: RegExp; entries: number[] }[] => {
    let present = 0;
    for (const script of wanted) if (HAS_SCRIPT[script]?.test(text) ?? true) present |= SCRIPT_BITS[script];
    let out = byScripts.get(present);
    if (!out) {
      const made: { re: RegExp; entries: number[] }[] = [];
      list.forEach((p, i) => {
        if (present & SCRIPT_BITS[p.script]) {
          made.push({ re: (built[i] ??= new RegExp(p.source, p.flags ?? flags)), entries: p.entries });
        }
      });
      byScripts.set(present, (out = made));
    }
    return out;
  };
}

export function createMatcher(compiled: CompiledMatcher): Matcher {
  const { topics, flags } = compiled;
  const prefilter = lazyPatterns(compiled.prefilter, flags);
  const patterns = lazyPatterns(compiled.patterns, flags);
  const { groups } = compiled;
  let walker: TrieWalker | undefined;
  let groupsAt: ((ch: string) => readonly number[]) | undefined;

  /** Mentions through the groups: only those the prefilter's hits wake, only around the hits. */
  function scanGroups(raw: string): Hit[] {
    walker ??= createTrieWalker(compiled.units);
    // No prefilter (the cue matcher): its one trie is walked over the whole text.
    if (compiled.prefilter.length === 0) {
      const found: Hit[] = [];
      for (const g of groups) walker.walk(raw, g.trie, 0, raw.length, found);
      return leftmostLongest(found);
    }
    const subject = twoByte(raw);
    const hits = scanPrefilter(subject, prefilter(raw), 0, raw.length);
    if (hits.length === 0) return [];
    groupsAt ??= groupIndex(groups);
    return windowedScan(raw, hits, groups, groupsAt, walker);
  }

  /** Leftmost-longest over all patterns: each keeps its next hit; the earliest (then longest) wins. */
  function scan(raw: string): Hit[] {
    const ps = patterns(raw);
    const text = twoByte(raw);
    const next = ps.map((p) => nextHit(p.re, p.entries, text, 0));
    const out: Hit[] = [];
    for (;;) {
      let best = -1;
      next.forEach((h, i) => {
        const b = next[best];
        if (h && (!b || h.start < b.start || (h.start === b.start && h.end > b.end))) best = i;
      });
      const hit = next[best];
      if (!hit) return out;
      out.push(hit);
      // Patterns whose next hit overlaps this one search again after it.
      next.forEach((h, i) => {
        const p = ps[i];
        if (h && p && h.start < hit.end) next[i] = nextHit(p.re, p.entries, text, hit.end);
      });
    }
  }

  /** A scanner over `plain` (the text to scan), whose offsets toRaw maps back to the text given. */
  function plainScanner(plain: string, toRaw: (p: number) => number): HitScanner {
    const subject = twoByte(plain);
    const res = prefilter(plain);
    return {
      length: plain.length,
      hitsIn(from, to) {
        const end = Math.min(to, plain.length);
        if (from >= end) return [];
        // A slice of the text shares its characters (and its two-byte form), no copy.
        const part = subject.slice(from, Math.min(subject.length, end + PART_OVERLAP));
        return scanPrefilter(part, res, 0, end - from).map((o) => toRaw(o + from));
      },
    };
  }

  /**
   * A text with invisibles, combining marks or full-width letters. The prefilter must read it
   * without them, but making the whole text plain copies it (~2 ms for a 1 MB page that has a
   * handful): the raw text is scanned as it is, and only windows around the rare characters are
   * made plain and scanned again. Hits from both are hits of the plain text (the prefilter checks
   * no word boundaries, so a match inside a window is a match in the whole text), and a fragment
   * touching a rare character lies within its window; texts full of them are made plain whole.
   */
  function rareTextScanner(text: string): HitScanner {
    const windows = rareWindows(text);
    if (!windows) {
      const plain = plainText(text);
      return plainScanner(plain, plainToRaw(text));
    }
    const raw = plainScanner(text, (p) => p);
    const extra = windows.flatMap(([a, b]) => {
      const piece = text.slice(a, b);
      return plainScanner(plainText(piece), plainToRaw(piece))
        .hitsIn(0, Infinity)
        .map((o) => o + a);
    });
    return {
      length: text.length,
      hitsIn(from, to) {
        const own = raw.hitsIn(from, to);
        const more = extra.filter((o) => o >= from && o < to);
        return more.length ? [...new Set([...own, ...more])].sort((x, y) => x - y) : own;
      },
    };
  }

  let cueMatcher: Matcher | undefined;
  const { cues } = compiled;

  return {
    near(text) {
      const out: NearEvidence = { cue: new Set(), year: new Set(), veto: new Set() };
      if (!cues) return out;
      cueMatcher ??= createMatcher(cues.matcher);
      for (const c of cueMatcher.find(text)) {
        const i = Number(c.topic);
        for (const role of ['cue', 'year', 'veto'] as const) {
          for (const t of cues[role][i] ?? []) out[role].add(topics[t] ?? '');
        }
      }
      return out;
    },
    mayMatch(text) {
      const plain = plainText(text);
      return prefilter(plain).some((p) => {
        p.re.lastIndex = 0;
        return p.re.test(plain);
      });
    },
    hits(text) {
      return this.hitScanner(text).hitsIn(0, Infinity);
    },
    hitScanner(text) {
      return RARE.test(text) ? rareTextScanner(text) : plainScanner(text, (p) => p);
    },
    find(text) {
      // Text with invisibles, combining marks or full-width letters is matched through a
      // shadow copy without them (matcher-text.ts); offsets map back exactly.
      const shadow = RARE.test(text) ? shadowText(text) : undefined;
      const out: Candidate[] = [];
      const scanned = shadow ? shadow.text : text;
      for (const h of groups.length ? scanGroups(scanned) : scan(scanned)) {
        const topic = topics[h.code >> 2];
        if (topic === undefined || (h.code & 3) === EntryKind.Blocker) continue;
        const start = shadow ? (shadow.starts[h.start] ?? h.start) : h.start;
        const end = shadow ? (shadow.ends[h.end - 1] ?? h.end) : h.end;
        out.push({ topic, start, end, ambiguous: (h.code & 3) === EntryKind.Ambiguous });
      }
      return out;
    },
  };
}

/**
 * The matcher as content.js carries it. content.js is parsed in every page and frame, and most
 * pages never need more than the prefilter: content.js carries only the prefilter, ready. The rest
 * (the groups of aliases and the cue matcher, nine tenths of the data) stays in the background,
 * which sends it the first time a frame has a prefilter hit: no page parses it for nothing.
 */
import { createMatcher, type Matcher } from './matcher';
import type { CompiledCues, CompiledGroup, CompiledMatcher, CompiledPattern } from './matcher-types';

/** What the background sends: everything but the prefilter, unpacked (a message is not parsed as code). */
export interface MatcherBody {
  patterns: CompiledPattern[];
  groups: CompiledGroup[];
  units: string[];
  topics: string[];
  cues?: CompiledCues;
}

/**
 * What content.js carries: the prefilter as compiled. (Packing its classes saved 7 KB of content.js but
 * cost every frame an unpacking pass at start.)
 */
export interface ShippedMatcher {
  version: CompiledMatcher['version'];
  flags: string;
  prefilter: CompiledPattern[];
}

/** A matcher whose find() and near() work once ready() has resolved; hits() works at once. */
export interface LoadingMatcher extends Matcher {
  /** Fetches the body (once; later calls share the first). */
  ready(): Promise<void>;
}

/** Build time: what content.js carries and what the background keeps. zhFold is left out: only the popup's lookup needs it. */
export function shipMatcher(matcher: CompiledMatcher): { front: ShippedMatcher; body: MatcherBody } {
  const { version, flags, prefilter } = matcher;
  const { patterns, groups, units, topics } = matcher;
  const body: MatcherBody = { patterns, groups, units, topics };
  if (matcher.cues) body.cues = matcher.cues;
  return { front: { version, flags, prefilter }, body };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isStrings = (v: unknown): boolean => Array.isArray(v) && v.every((s) => typeof s === 'string');
// Entries are read as numbers with a fallback (matcher-windows.ts): checking each of thousands costs more than it guards.
const isPattern = (v: unknown): boolean =>
  isObject(v) && typeof v.source === 'string' && Array.isArray(v.entries) && typeof v.script === 'string';
const isGroup = (v: unknown): boolean =>
  isObject(v) &&
  typeof v.trie === 'string' &&
  typeof v.first === 'string' &&
  typeof v.second === 'string' &&
  Number.isInteger(v.lead) &&
  Number.isInteger(v.tail);
const isCues = (v: unknown): boolean =>
  isObject(v) && isObject(v.matcher) && Array.isArray(v.cue) && Array.isArray(v.year) && Array.isArray(v.veto);

/** Whether a value has the shapes find() relies on. */
export function isMatcherBody(value: unknown): value is MatcherBody {
  if (!isObject(value)) return false;
  const { patterns, groups, units, topics, cues } = value;
  return (
    Array.isArray(patterns) &&
    patterns.every(isPattern) &&
    Array.isArray(groups) &&
    groups.every(isGroup) &&
    isStrings(units) &&
    isStrings(topics) &&
    (cues === undefined || isCues(cues))
  );
}

/**
 * The background's answer, which is the body as JSON text: a message carrying one string crosses to
 * the page several times faster than one carrying the thousands of arrays and numbers it holds.
 */
export function parseMatcherBody(json: string): MatcherBody {
  const body: unknown = JSON.parse(json);
  if (!isMatcherBody(body)) throw new Error('the background sent no matcher body');
  return body;
}

/** The prefilter alone (enough for hits() and mayMatch()). */
function prefilterMatcher(shipped: ShippedMatcher): CompiledMatcher {
  const { version, flags, prefilter } = shipped;
  return { version, flags, prefilter, patterns: [], groups: [], units: [], topics: [], zhFold: {} };
}

/** The compiled matcher (without zhFold) from what content.js carries and what the background sent. */
export function unshipMatcher(shipped: ShippedMatcher, body: MatcherBody): CompiledMatcher {
  const { version, flags } = shipped;
  const out: CompiledMatcher = {
    version,
    flags,
    patterns: body.patterns,
    groups: body.groups,
    units: body.units,
    prefilter: prefilterMatcher(shipped).prefilter,
    topics: body.topics,
    zhFold: {},
  };
  if (body.cues) out.cues = body.cues;
  return out;
}

/**
 * Page time. `load` asks the background for the body. Until ready() resolves, find() and near()
 * throw: the scan awaits ready() before them.
 */
export function createShippedMatcher(shipped: ShippedMatcher, load: () => Promise<MatcherBody>): LoadingMatcher {
  const prefilterOnly = createMatcher(prefilterMatcher(shipped));
  let full: Matcher | undefined;
  let loading: Promise<void> | undefined;
  const loaded = (): Matcher => {
    if (!full) throw new Error('the matcher was used before ready() resolved');
    return full;
  };
  return {
    mayMatch: (text) => prefilterOnly.mayMatch(text),
    hits: (text) => prefilterOnly.hits(text),
    hitScanner: (text) => prefilterOnly.hitScanner(text),
    find: (text) => loaded().find(text),
    near: (text) => loaded().near(text),
    ready() {
      loading ??= load().then((body) => {
        full = createMatcher(unshipMatcher(shipped, body));
      });
      // A failed request may be asked again (the background may have been restarting).
      loading.catch(() => (loading = undefined));
      return loading;
    },
  };
}

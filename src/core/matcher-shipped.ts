/**
 * The matcher as content.js carries it. content.js is parsed in every page and frame, and most
 * pages never need more than the prefilter: it ships packed (matcher-pack.ts) and ready, while the
 * full patterns and the cue matcher (four fifths of the data) ship deflated, as base64, and are
 * inflated the first time a page has a prefilter hit (about 117 KB of sources in 23 KB of base64).
 */
import { createMatcher, type Matcher } from './matcher';
import { packMatcher, unpackMatcher } from './matcher-pack';
import type { CompiledCues, CompiledGroup, CompiledMatcher, CompiledPattern } from './matcher-types';

/** What is deflated: everything but the prefilter, with its own packed classes. */
interface Deflated {
  patterns: CompiledPattern[];
  groups: CompiledGroup[];
  classes: string[];
  topics: string[];
  cues?: CompiledCues;
}

/** The prefilter packed with the classes it uses, and the rest as base64 of deflate-raw(JSON of Deflated). */
export interface ShippedMatcher {
  version: CompiledMatcher['version'];
  flags: string;
  prefilter: CompiledPattern[];
  classes: string[];
  deflated: string;
}

/** A matcher whose find() and near() work once ready() has resolved; hits() works at once. */
export interface LoadingMatcher extends Matcher {
  /** Inflates the full patterns (once; later calls share the first). */
  ready(): Promise<void>;
}

/**
 * Build time. `deflate` is zlib's deflate-raw (the core imports no Node module). zhFold is left
 * out: only the popup's lookup needs it, and it imports it on its own.
 */
export function shipMatcher(matcher: CompiledMatcher, deflate: (text: string) => Uint8Array): ShippedMatcher {
  const none = { patterns: [], groups: [], prefilter: [], topics: [], zhFold: {} };
  const { version, flags } = matcher;
  const front = packMatcher({ ...none, version, flags, prefilter: matcher.prefilter });
  const back = packMatcher({ ...none, version, flags, patterns: matcher.patterns, groups: matcher.groups });
  const body: Deflated = {
    patterns: back.patterns,
    groups: back.groups,
    classes: back.classes,
    topics: matcher.topics,
  };
  if (matcher.cues) body.cues = matcher.cues;
  return {
    version: matcher.version,
    flags: matcher.flags,
    prefilter: front.prefilter,
    classes: front.classes,
    deflated: toBase64(deflate(JSON.stringify(body))),
  };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function isDeflated(value: unknown): value is Deflated {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof Deflated, unknown>>;
  return Array.isArray(v.patterns) && Array.isArray(v.groups) && Array.isArray(v.classes) && Array.isArray(v.topics);
}

/** The prefilter alone, unpacked (enough for hits() and mayMatch()). */
function prefilterMatcher(shipped: ShippedMatcher): CompiledMatcher {
  const { version, flags, prefilter, classes } = shipped;
  return unpackMatcher({ version, flags, prefilter, classes, patterns: [], groups: [], topics: [], zhFold: {} });
}

/** The compiled matcher (without zhFold) from what was shipped and the text its deflated part inflated to. */
export function unshipMatcher(shipped: ShippedMatcher, inflated: string): CompiledMatcher {
  const body: unknown = JSON.parse(inflated);
  if (!isDeflated(body)) throw new Error('the shipped matcher does not inflate to patterns');
  const { version, flags } = shipped;
  const back = unpackMatcher({
    version,
    flags,
    patterns: body.patterns,
    groups: body.groups,
    classes: body.classes,
    prefilter: [],
    topics: [],
    zhFold: {},
  });
  const out: CompiledMatcher = {
    version,
    flags,
    patterns: back.patterns,
    groups: back.groups,
    prefilter: prefilterMatcher(shipped).prefilter,
    topics: body.topics,
    zhFold: {},
  };
  if (body.cues) out.cues = body.cues;
  return out;
}

/**
 * Page time. `inflate` turns the base64 into the deflated text (DecompressionStream in the content
 * script). Until ready() resolves, find() and near() throw: the scan awaits ready() before them.
 */
export function createShippedMatcher(
  shipped: ShippedMatcher,
  inflate: (base64: string) => Promise<string>,
): LoadingMatcher {
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
      loading ??= inflate(shipped.deflated).then((text) => {
        full = createMatcher(unshipMatcher(shipped, text));
      });
      return loading;
    },
  };
}

/**
 * The compiled matcher as content.js carries it: its patterns repeat a few character classes hundreds
 * of times ("[eè-ëēěếề]", "[\s\-‐-―−]", "[аяыи]"), most of them multi-byte in UTF-8, which made the data
 * two thirds of content.js. Packing gives each frequent class one character and keeps the classes
 * once; unpacking, once per frame at start, restores the exact pattern sources. The characters are
 * Syriac, Thaana and N'Ko letters (U+0700–U+07FF): two bytes in UTF-8 where a private-use character
 * takes three, and no script of ours; a source that holds one fails the build.
 */
import type { CompiledMatcher } from './matcher-types';

export interface PackedMatcher extends CompiledMatcher {
  /** Class i stands in the sources as the character U+0700 + i. */
  classes: string[];
}

const FIRST = 0x0700;
const LAST = 0x07ff;
const TOKEN = /[\u0700-\u07ff]/g;
/** A class is packed where that saves at least this many bytes over the whole matcher. */
const MIN_SAVING = 64;

const utf8Length = (s: string): number => new TextEncoder().encode(s).length;

export function packMatcher(matcher: CompiledMatcher): PackedMatcher {
  const sources = [...matcher.patterns, ...matcher.groups, ...matcher.prefilter].map((p) => p.source);
  if (sources.some((s) => /[\u0700-\u07ff]/.test(s)))
    throw new Error('a pattern holds a character of U+0700–U+07FF (packing uses them): cannot pack it');
  const counts = new Map<string, number>();
  for (const source of sources) {
    for (const cls of source.match(/\[(?:\\.|[^\]\\])*\]/g) ?? []) counts.set(cls, (counts.get(cls) ?? 0) + 1);
  }
  const classes = [...counts]
    .map(([cls, n]) => ({ cls, saving: n * (utf8Length(cls) - 2) }))
    .filter((c) => c.saving >= MIN_SAVING)
    .sort((a, b) => b.saving - a.saving || (a.cls < b.cls ? -1 : 1))
    .slice(0, LAST - FIRST + 1)
    .map((c) => c.cls);
  const tokenOf = new Map(classes.map((cls, i) => [cls, String.fromCharCode(FIRST + i)]));
  const pack = <P extends { source: string }>(p: P): P => ({
    ...p,
    source: p.source.replace(/\[(?:\\.|[^\]\\])*\]/g, (cls) => tokenOf.get(cls) ?? cls),
  });
  const { patterns, groups, prefilter } = matcher;
  return {
    ...matcher,
    patterns: patterns.map(pack),
    groups: groups.map(pack),
    prefilter: prefilter.map(pack),
    classes,
  };
}

export function unpackMatcher(packed: PackedMatcher): CompiledMatcher {
  const { classes, ...matcher } = packed;
  const unpack = <P extends { source: string }>(p: P): P => ({
    ...p,
    source: p.source.replace(TOKEN, (t) => classes[t.charCodeAt(0) - FIRST] ?? t),
  });
  const { patterns, groups, prefilter } = matcher;
  return { ...matcher, patterns: patterns.map(unpack), groups: groups.map(unpack), prefilter: prefilter.map(unpack) };
}

// The matcher's full patterns as the floor and mark.js use them. The compiled matcher splits its
// aliases over several regexes (V8 stops optimising a source above 20 K characters), so "the combined
// regex" is that short list; an older single-source format is still read.
import compiled from 'ssn:compiled-matcher';

/** @returns {RegExp[]} fresh (cold) regexes, compiled in this page */
export function fullPatterns() {
  const sources = compiled.patterns ? compiled.patterns.map((p) => p.source) : [compiled.source];
  return sources.map((source) => new RegExp(source, compiled.flags));
}

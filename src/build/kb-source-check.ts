/**
 * The rule for "verified" (docs/sources.md), checked on structure rather than guessed from prose:
 * an evidence item may be verified only if one of its structured sources is the document itself in a
 * named collection with a locator, or a scholarly edition or monograph with author, title and a page
 * or document number; and nothing it cites rests on Wikipedia or a web history.
 */
import type { Evidence, SourceRef } from '../core/kb-types';
import { type DataError, dataFilePath, fieldPath } from './data-error';

/** Words that mark a citation as resting on Wikipedia, its mirrors or popular web histories. */
const WEB_ONLY = /wikipedia|\bwiki mirrors?\b|\bmirrors\b|web histor|\bblog\b|map site|维基百科|\(secondary\)/i;

/** Why a source cannot carry "verified", or undefined when it can. */
export function whyNotVerifying(source: SourceRef): string | undefined {
  const mentions = [source.title, source.collection ?? '', source.author ?? ''].join(' ');
  if (WEB_ONLY.test(mentions)) return 'rests on Wikipedia or a web history';
  switch (source.type) {
    case 'document':
      if (!source.collection) return 'a document needs the named collection that holds it (collection)';
      if (!source.page && !source.doc && !source.url)
        return 'a document needs a page, document number or url in its collection';
      return undefined;
    case 'edition':
    case 'monograph':
      if (!source.author) return `an ${source.type === 'edition' ? 'edition' : 'monograph'} needs its author or editor`;
      if (!source.page && !source.doc) return 'needs a page or document number';
      return undefined;
    default:
      return `a source of type "${source.type}" is never enough for verified`;
  }
}

export function checkSources(evidence: readonly Evidence[] | undefined): DataError[] {
  const errors: DataError[] = [];
  for (const e of evidence ?? []) {
    const push = (field: (string | number)[], message: string): void => {
      errors.push({ file: dataFilePath('evidence'), entry: e.id, field: fieldPath(field), message });
    };
    if (e.status !== 'verified') continue;
    if (WEB_ONLY.test(e.source)) {
      push(
        ['source'],
        'is cited for a verified item but mentions Wikipedia or a web history: make it secondary or cite the document',
      );
    }
    const sources = e.sources ?? [];
    if (sources.length === 0) {
      push(
        ['sources'],
        'is required for a verified item: the document in a named collection, or an edition/monograph with a page or document number',
      );
      continue;
    }
    sources.forEach((s, i) => {
      if (WEB_ONLY.test([s.title, s.collection ?? ''].join(' '))) {
        push(['sources', i], 'rests on Wikipedia or a web history, which a verified item may not cite');
      }
    });
    const reasons = sources.map(whyNotVerifying);
    if (!reasons.some((r) => r === undefined)) {
      push(
        ['status'],
        `is verified but no source can verify it (${reasons.map((r, i) => `sources[${i}]: ${r}`).join('; ')})`,
      );
    }
  }
  return errors;
}

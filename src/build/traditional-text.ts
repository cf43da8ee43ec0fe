/**
 * Traditional Chinese for every reader-facing text: converted at build time from the Simplified text
 * in data/ with OpenCC (cn → tw) and the checked term list in zh-hant-terms.ts, so Traditional is never
 * written by hand and never lags behind a Simplified edit.
 */
import type { Known, KnowledgeBase, LocalText, Paper } from '../core/kb-types';
import { ZH_HANT_TERMS } from './zh-hant-terms';

export type Convert = (text: string) => string;

/** A converter that applies `terms` (Simplified → Traditional, longest first) and `convert` to the rest. */
export function traditionalConverter(
  convert: Convert,
  terms: Readonly<Record<string, string>> = ZH_HANT_TERMS,
): Convert {
  const keys = Object.keys(terms).sort((a, b) => b.length - a.length);
  if (!keys.length) return convert;
  const pattern = new RegExp(`(${keys.map(escapeRegExp).join('|')})`, 'u');
  return (text) =>
    text
      .split(pattern)
      .map((part, i) => (i % 2 === 1 ? (terms[part] ?? convert(part)) : convert(part)))
      .join('');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function hant<T extends LocalText>(text: T, toHant: Convert): T {
  return { ...text, 'zh-Hant': toHant(text['zh-Hans']) };
}

function knownHant(value: Known<string>, toHant: Convert): Known<string> {
  return !value.known && value.note ? { ...value, note: hant(value.note, toHant) } : value;
}

function paperHant(paper: Paper, toHant: Convert): Paper {
  return {
    ...paper,
    volume: knownHant(paper.volume, toHant),
    doi: knownHant(paper.doi, toHant),
    funding: paper.funding.map((f) => ({ ...f, funder: hant(f.funder, toHant) })),
    record: { ...paper.record, note: hant(paper.record.note, toHant) },
    basis: hant(paper.basis, toHant),
  };
}

/** The knowledge base with zh-Hant filled in on every LocalText (titles, paraphrases, summaries, evidence, the paper's notes). */
export function withTraditionalText(kb: KnowledgeBase, toHant: Convert): KnowledgeBase {
  return {
    ...kb,
    paper: paperHant(kb.paper, toHant),
    theses: kb.theses.map((t) => ({
      ...t,
      title: hant(t.title, toHant),
      abstractLocator: hant(t.abstractLocator, toHant),
      paper: hant(t.paper, toHant),
      ...(t.rejects ? { rejects: hant(t.rejects, toHant) } : {}),
      otherReadings: t.otherReadings.map((r) => ({ ...r, text: hant(r.text, toHant) })),
    })),
    topics: kb.topics.map((t) => ({
      ...t,
      summary: hant(t.summary, toHant),
      ...(t.bearing ? { bearing: hant(t.bearing, toHant) } : {}),
    })),
    evidence: kb.evidence.map((e) => ({ ...e, title: hant(e.title, toHant), shows: hant(e.shows, toHant) })),
  };
}

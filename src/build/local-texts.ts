/** Every reader-facing text of the knowledge base, with the file, entry and field it lives in. */
import type { KnowledgeBase, LocalText } from '../core/kb-types';
import type { KbFileName } from './data-error';

export interface LocatedText {
  file: KbFileName;
  entry: string;
  /** Path segments inside the entry, e.g. ['otherReadings', 1, 'text']. */
  field: (string | number)[];
  text: LocalText;
}

export function localTexts(kb: Partial<KnowledgeBase>): LocatedText[] {
  const out: LocatedText[] = [];
  const add = (file: KbFileName, entry: string, field: (string | number)[], text: LocalText | undefined) => {
    if (text) out.push({ file, entry, field, text });
  };
  const { paper } = kb;
  if (paper) {
    add('paper', 'paper', ['basis'], paper.basis);
    add('paper', 'paper', ['record', 'note'], paper.record.note);
    if (!paper.volume.known) add('paper', 'paper', ['volume', 'note'], paper.volume.note);
    if (!paper.doi.known) add('paper', 'paper', ['doi', 'note'], paper.doi.note);
    paper.funding.forEach((f, i) => add('paper', 'paper', ['funding', i, 'funder'], f.funder));
  }
  for (const t of kb.theses ?? []) {
    add('theses', t.id, ['title'], t.title);
    add('theses', t.id, ['abstractLocator'], t.abstractLocator);
    add('theses', t.id, ['paper'], t.paper);
    add('theses', t.id, ['rejects'], t.rejects);
    t.otherReadings.forEach((r, i) => add('theses', t.id, ['otherReadings', i, 'text'], r.text));
  }
  for (const t of kb.topics ?? []) {
    add('topics', t.id, ['summary'], t.summary);
    add('topics', t.id, ['bearing'], t.bearing);
  }
  for (const e of kb.evidence ?? []) {
    add('evidence', e.id, ['title'], e.title);
    add('evidence', e.id, ['shows'], e.shows);
  }
  return out;
}

/**
 * Checks that JSON Schema cannot express: ids that must resolve across files, duplicate ids,
 * orphan evidence, thesis/topic links that must agree, and date logic.
 * Each check runs only when the files it needs passed the shape check.
 */
import type { Evidence, KnowledgeBase, Thesis, Topic } from '../core/kb-types';
import { type DataError, type KbFileName, dataFilePath, fieldPath } from './data-error';
import { aliasKey } from './alias-key';
import { checkAliases } from './kb-alias-check';
import { checkSources } from './kb-source-check';
import { checkTexts } from './kb-text-check';

/** A thesis must rest on at least this many evidence items. */
export const MIN_THESIS_EVIDENCE = 4;

type Parts = Partial<KnowledgeBase>;
type Push = (name: KbFileName, entry: string, field: (string | number)[], message: string) => void;

export function crossCheck(parts: Parts): DataError[] {
  const errors: DataError[] = [];
  const push: Push = (name, entry, field, message) =>
    errors.push({ file: dataFilePath(name), entry, field: fieldPath(field), message });
  const { theses, topics, evidence } = parts;

  if (theses) checkDuplicateIds('theses', theses, push);
  if (topics) checkDuplicateIds('topics', topics, push);
  if (evidence) checkDuplicateIds('evidence', evidence, push);

  if (theses) checkTheses(theses, topics, evidence, push);
  if (topics) checkTopics(topics, theses, push);
  if (topics) errors.push(...checkAliases(topics));
  if (evidence) checkEvidence(evidence, topics, theses, push);
  errors.push(...checkSources(evidence));
  errors.push(...checkTexts(parts));
  return errors;
}

function checkDuplicateIds(name: KbFileName, entries: readonly { id: string }[], push: Push): void {
  const seen = new Set<string>();
  for (const { id } of entries) {
    if (seen.has(id)) push(name, id, ['id'], 'is used by more than one entry');
    seen.add(id);
  }
}

function checkRefs(
  name: KbFileName,
  entry: string,
  field: (string | number)[],
  ids: readonly string[],
  known: ReadonlySet<string> | undefined,
  kind: string,
  push: Push,
): void {
  if (!known) return;
  ids.forEach((id, i) => {
    if (!known.has(id)) push(name, entry, [...field, i], `refers to ${kind} "${id}", which does not exist`);
  });
}

const idSet = (entries: readonly { id: string }[] | undefined): Set<string> | undefined =>
  entries && new Set(entries.map((e) => e.id));

function checkTheses(
  theses: Thesis[],
  topics: Topic[] | undefined,
  evidence: Evidence[] | undefined,
  push: Push,
): void {
  const topicIds = idSet(topics);
  const evidenceIds = idSet(evidence);
  const topicById = new Map((topics ?? []).map((t) => [t.id, t]));
  for (const t of theses) {
    if (t.evidence.length < MIN_THESIS_EVIDENCE) {
      push(
        'theses',
        t.id,
        ['evidence'],
        `must list at least ${MIN_THESIS_EVIDENCE} evidence items (has ${t.evidence.length})`,
      );
    }
    checkRefs('theses', t.id, ['evidence'], t.evidence, evidenceIds, 'evidence', push);
    checkRefs('theses', t.id, ['topics'], t.topics, topicIds, 'topic', push);
    t.otherReadings.forEach((r, i) =>
      checkRefs('theses', t.id, ['otherReadings', i, 'evidence'], r.evidence ?? [], evidenceIds, 'evidence', push),
    );
    // A period is compared as whole months: "1958" runs Jan–Dec, so from "1958" to "1958-03" is fine.
    t.periods.forEach((p, i) => {
      if (`${p.from}-01` > `${p.to}-12`)
        push('theses', t.id, ['periods', i, 'to'], `ends (${p.to}) before it starts (${p.from})`);
    });
    // The link is stored on both sides for the UI; the two sides must agree.
    t.topics.forEach((topicId, i) => {
      const topic = topicById.get(topicId);
      if (topic && !topic.theses.includes(t.id)) {
        push('theses', t.id, ['topics', i], `lists topic "${topicId}", but that topic's theses do not list "${t.id}"`);
      }
    });
  }
}

function checkTopics(topics: Topic[], theses: Thesis[] | undefined, push: Push): void {
  const topicIds = new Set(topics.map((t) => t.id));
  // A cue that is itself an ambiguous name ("Mao") would let two uncertain names confirm each other.
  const ambiguousKeys = new Set(topics.flatMap((t) => (t.ambiguous ?? []).map((a) => aliasKey(a.text))));
  const thesisById = theses && new Map(theses.map((t) => [t.id, t]));
  for (const t of topics) {
    checkRefs('topics', t.id, ['related'], t.related, topicIds, 'topic', push);
    if (t.related.includes(t.id)) push('topics', t.id, ['related'], 'must not list the topic itself');
    if (thesisById) {
      t.theses.forEach((thesisId, i) => {
        const thesis = thesisById.get(thesisId);
        if (!thesis) push('topics', t.id, ['theses', i], `refers to thesis "${thesisId}", which does not exist`);
        else if (!thesis.topics.includes(t.id)) {
          push(
            'topics',
            t.id,
            ['theses', i],
            `lists thesis "${thesisId}", but that thesis's topics do not list "${t.id}"`,
          );
        }
      });
    }
    if (t.theses.length === 0 && !t.bearing) {
      push('topics', t.id, ['bearing'], 'is required when the topic bears on no thesis (theses is empty)');
    }
    // Lookup and cards name every topic in all four scripts.
    if (!t.label.ru) push('topics', t.id, ['label', 'ru'], 'is required: every topic has a Russian label');
    // Cues only gate ambiguous aliases; on a topic without any they would silently do nothing.
    if (t.cues && !t.ambiguous?.length) push('topics', t.id, ['cues'], 'has no ambiguous alias to confirm');
    (t.cues ?? []).forEach((cue, i) => {
      if (ambiguousKeys.has(aliasKey(cue)))
        push('topics', t.id, ['cues', i], `"${cue}" is an ambiguous name itself, so it cannot confirm one`);
    });
  }
}

function checkEvidence(
  evidence: Evidence[],
  topics: Topic[] | undefined,
  theses: Thesis[] | undefined,
  push: Push,
): void {
  const topicIds = idSet(topics);
  const citedByTheses = new Set<string>();
  for (const t of theses ?? []) {
    t.evidence.forEach((id) => citedByTheses.add(id));
    t.otherReadings.forEach((r) => (r.evidence ?? []).forEach((id) => citedByTheses.add(id)));
  }
  for (const e of evidence) {
    checkRefs('evidence', e.id, ['topics'], e.topics, topicIds, 'topic', push);
    if (theses && e.topics.length === 0 && !citedByTheses.has(e.id)) {
      push('evidence', e.id, ['topics'], 'orphan: no topic lists it and no thesis cites it');
    }
    const badDate = calendarProblem(e.date);
    if (badDate) push('evidence', e.id, ['date'], badDate);
    if (e.dateEnd !== undefined) {
      const badEnd = calendarProblem(e.dateEnd);
      if (badEnd) push('evidence', e.id, ['dateEnd'], badEnd);
      else if (endsBefore(e.dateEnd, e.date)) push('evidence', e.id, ['dateEnd'], `is before date (${e.date})`);
    }
  }
}

/** The schema checks the form; this catches days the month does not have (1958-02-30). */
function calendarProblem(iso: string): string | undefined {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d > daysInMonth ? `is not a calendar date (${iso})` : undefined;
}

/** Partial dates compare on the precision both share: "1958" does not end before "1958-07". */
function endsBefore(end: string, start: string): boolean {
  const n = Math.min(end.length, start.length);
  return end.slice(0, n) < start.slice(0, n);
}

/**
 * Which of the paper's points a passage is about. Three signals, all read from data/theses.json:
 * the dates the passage names against each thesis's periods, the other topics named in its block
 * against each thesis's topics (a topic shared by fewer theses says more), and each thesis's key
 * terms. The mention's own topic adds a small prior. When nothing points clearly to a thesis the
 * answer is null: the card then says the paper's abstract does not address the passage.
 */
import { dateCues, isoMonths, type DateCue } from './date-cues';
import { fold } from './fold';
import { compileKeyTerms, type TermMatcher } from './key-terms';
import type { KnowledgeBase, Thesis } from './kb-types';
import type { Passage } from './passage';

export type Where = 'sentence' | 'block' | 'heading';

/** What decided a thesis: shown to the reader as "this paragraph is about July 1958". */
export type Cue =
  | { kind: 'date'; text: string; where: Where }
  | { kind: 'topic'; topic: string }
  | { kind: 'term'; text: string; where: Where };

export interface RelevanceInput {
  topic: string;
  passage: Passage;
  /** Other topics named in the mention's block (its own may be included; it is ignored). */
  blockTopics: readonly string[];
  /** Those of them named in the mention's own sentence (count more); absent: all count as in it. */
  sentenceTopics?: readonly string[];
  /** Topics named anywhere on the page: a weak tie-breaker. */
  pageTopics?: readonly string[];
}

export interface ThesisScore {
  thesis: string;
  score: number;
  cue: Cue | null;
}

export interface Relevance {
  /** The thesis the card leads with, or null when the passage points to none. */
  thesis: string | null;
  reason: Cue | null;
  /** Every thesis, best first. */
  ranking: ThesisScore[];
  /** The dates of the nearest level of the passage that has any (sentence, else block, else heading). */
  dates: DateCue[];
}

/** A thesis needs at least this much to lead: one full date match, or two weaker signals together. */
export const THRESHOLD = 1;
const WHERE_WEIGHT: Record<Where, number> = { sentence: 1, block: 0.8, heading: 0.8 };
const TERM_WEIGHT: Record<Where, number> = { sentence: 0.8, block: 0.6, heading: 0.5 };
const MAX_TOPICS = 1.5;
const MAX_TERMS = 1.6;
const PAGE_WEIGHT = 0.1;
/** A co-named topic outside the mention's sentence counts this much of one inside it. */
const OUTSIDE_SENTENCE = 0.6;
/**
 * When the sentence itself names a date inside some thesis's periods, it has spoken: what lies only
 * in the rest of the block or the heading (its dates, topics, terms) counts this much.
 */
const SENTENCE_SPOKE = 0.3;
/** Non-date signals count less when the nearest dates lie outside every thesis's periods. */
const OFF_PERIOD: Record<Where, number> = { sentence: 0.5, block: 0.7, heading: 0.85 };

interface Model {
  theses: { thesis: Thesis; periods: { from: number; to: number }[]; terms: TermMatcher }[];
  /** topic id → how many theses list it. */
  spread: Map<string, number>;
}

const models = new WeakMap<KnowledgeBase, Model>();

function modelOf(kb: KnowledgeBase): Model {
  let model = models.get(kb);
  if (!model) {
    const spread = new Map<string, number>();
    for (const t of kb.theses) for (const id of t.topics) spread.set(id, (spread.get(id) ?? 0) + 1);
    model = {
      theses: kb.theses.map((thesis) => ({
        thesis,
        periods: thesis.periods.map((p) => isoMonths(p.from, p.to)),
        terms: compileKeyTerms(thesis.keyTerms),
      })),
      spread,
    };
    models.set(kb, model);
  }
  return model;
}

/** How well a date matches a period: 1 inside it; 0.5 when the date is coarser than the period; 0.25 a decade. */
export function dateMatch(cue: DateCue, period: { from: number; to: number }): number {
  if (cue.to < period.from || cue.from > period.to) return 0;
  if (cue.precision === 'decade') return 0.25;
  return cue.to - cue.from > period.to - period.from ? 0.5 : 1;
}

export function rankTheses(kb: KnowledgeBase, input: RelevanceInput): Relevance {
  const model = modelOf(kb);
  const { passage } = input;
  const levels: { where: Where; text: string }[] = [
    { where: 'sentence', text: passage.sentence },
    // The block without the sentence, so the sentence's words are not counted twice.
    { where: 'block', text: passage.sentence ? passage.block.replace(passage.sentence, ' ') : passage.block },
    { where: 'heading', text: passage.heading },
  ];
  const dated = levels.map((l) => ({ ...l, dates: dateCues(l.text), folded: fold(l.text) }));
  const nearest = dated.find((l) => l.dates.length > 0);
  const offPeriod =
    nearest && !nearest.dates.some((d) => model.theses.some((t) => t.periods.some((p) => dateMatch(d, p) > 0)));
  const discount = nearest && offPeriod ? OFF_PERIOD[nearest.where] : 1;
  const sentenceSpoke = (dated[0]?.dates ?? []).some((d) =>
    model.theses.some((t) => t.periods.some((p) => dateMatch(d, p) > 0)),
  );
  const outer = (where: Where): number => (where === 'sentence' ? 1 : sentenceSpoke ? SENTENCE_SPOKE : 1);
  const others = [...new Set(input.blockTopics)].filter((id) => id !== input.topic);
  const inSentence = (id: string): boolean => !input.sentenceTopics || input.sentenceTopics.includes(id);
  const page = [...new Set(input.pageTopics ?? [])].filter((id) => id !== input.topic && !others.includes(id));

  const ranking = model.theses.map(({ thesis, periods, terms }): ThesisScore => {
    const parts: { value: number; cue: Cue | null }[] = [];
    for (const level of dated) {
      for (const d of level.dates) {
        const match = Math.max(0, ...periods.map((p) => dateMatch(d, p)));
        const value = match * WHERE_WEIGHT[level.where] * outer(level.where);
        if (match > 0) parts.push({ value, cue: { kind: 'date', text: d.text, where: level.where } });
      }
    }
    const dateScore = Math.max(0, ...parts.map((p) => p.value));
    const topicParts = others
      .filter((id) => thesis.topics.includes(id))
      .map((id): { value: number; cue: Cue } => ({
        value: (inSentence(id) ? 1 : OUTSIDE_SENTENCE * outer('block')) / (model.spread.get(id) ?? 1),
        cue: { kind: 'topic', topic: id },
      }));
    const topicScore = Math.min(MAX_TOPICS, sum(topicParts));
    const pageScore =
      PAGE_WEIGHT *
      page.filter((id) => thesis.topics.includes(id)).reduce((s, id) => s + 1 / (model.spread.get(id) ?? 1), 0);
    const termParts = dated.flatMap((level) =>
      terms.find(level.folded).map((text): { value: number; cue: Cue } => ({
        value: TERM_WEIGHT[level.where] * outer(level.where),
        cue: { kind: 'term', text, where: level.where },
      })),
    );
    const termScore = Math.min(MAX_TERMS, sum(termParts));
    const own = thesis.topics.includes(input.topic) ? 1 / (model.spread.get(input.topic) ?? 1) : 0;
    const score = dateScore + discount * (topicScore + termScore + Math.min(0.3, pageScore) + own);
    // The reason shown is the strongest single signal; a date wins a tie (readers think in dates).
    const best = [...parts, ...topicParts, ...termParts].reduce<{ value: number; cue: Cue | null }>(
      (a, b) => (b.value > a.value ? b : a),
      { value: 0, cue: null },
    );
    return { thesis: thesis.id, score: round(score), cue: best.cue };
  });
  ranking.sort((a, b) => b.score - a.score);
  const top = ranking[0];
  const chosen = top && top.score >= THRESHOLD ? top : null;
  return { thesis: chosen?.thesis ?? null, reason: chosen?.cue ?? null, ranking, dates: nearest?.dates ?? [] };
}

function sum(parts: readonly { value: number }[]): number {
  return parts.reduce((s, p) => s + p.value, 0);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/**
 * What a preview card says about a topic, built from the knowledge base in the background so the
 * content script never bundles the texts. The paper's claim and our background notes stay apart:
 * a context-only topic (no thesis) shows its bearing, labelled as background, never as the paper's.
 */
import { formatSpan } from './evidence-dates';
import { nearestEvidence } from './evidence-nearest';
import type { Evidence, KnowledgeBase, Paper, Thesis, Topic } from './kb-types';
import { isChinese, localText, originalsToShow, otherScriptNames, type ScriptName } from './local-text';
import { boundPassage, type Passage } from './passage';
import { rankTheses, type Cue, type Relevance, type Where } from './relevance';

import type { CardLang } from './card-lang';

export { cardLang, type CardLang } from './card-lang';

export interface PreviewEvidence {
  date: string;
  dateEnd?: string;
  /** The date or span as the reader's language writes it ("14 Feb 1950", "1950年2月14日"). */
  when: string;
  /** In the reader's language. */
  title: string;
  /** The original title where known and in another language (several joined by " / "). */
  original?: string;
  source: string;
  status: Evidence['status'];
}

/** One point of the paper, as a card shows it. */
export interface PreviewPoint {
  thesis: string;
  title: string;
  /** The paper's claim (paraphrase of its abstract), one or two sentences. */
  argues: string;
}

/** Why this point leads: a date, a co-named topic (its label) or a key term, as found in the passage. */
export interface PreviewReason {
  kind: 'date' | 'topic' | 'term';
  text: string;
  where: Where;
}

/** What the content script knows of the mention's place: its passage and the topics around it. */
export interface PreviewContext {
  passage: Passage;
  blockTopics: string[];
  /** Those of the block's topics named in the mention's own sentence. */
  sentenceTopics?: string[];
  pageTopics: string[];
}

export interface PreviewCard {
  topic: string;
  label: string;
  /** The topic's names in the other scripts, with pinyin, for the header (毛泽东 · Мао Цзэдун · Máo Zédōng). */
  names: ScriptName[];
  /** The topic's dates from data/ ("1893–1976", "14 Feb 1950"); null where the data gives none. */
  dates: string | null;
  /** The paper as the card names it: "XU Hao (2022)", "许浩（2022）". */
  paper: string;
  /** The point of the paper this passage is about, with what decided it; null when no point is. */
  lead: (PreviewPoint & { reason: PreviewReason | null }) | null;
  /** The topic is one the paper discusses, but this passage is about none of its points. */
  notAddressed: boolean;
  /** The topic's own summary (background, ours) when no point leads. */
  summary: string | null;
  /** How a context-only topic bears on the argument (ours, not the paper's); null when it has a thesis. */
  background: string | null;
  /** The evidence item nearest the passage in date and topics. */
  evidence: PreviewEvidence | null;
  /** The paper's other points about this topic, opened in place on the card. */
  others: PreviewPoint[];
}

/**
 * The single item a card shows: verified before secondary, then one that backs the topic's thesis,
 * then the earliest (a partial date counts as its first day), then by id so the choice is stable.
 */
export function strongestEvidence(kb: KnowledgeBase, topic: Topic): Evidence | null {
  const ofThesis = new Set(kb.theses.filter((t) => topic.theses.includes(t.id)).flatMap((t) => t.evidence));
  let candidates = kb.evidence.filter((e) => e.topics.includes(topic.id));
  // A topic no item names directly still has its thesis's evidence to show.
  if (!candidates.length) candidates = kb.evidence.filter((e) => ofThesis.has(e.id));
  const rank = (e: Evidence): [number, number, string, string] => [
    e.status === 'verified' ? 0 : 1,
    ofThesis.has(e.id) ? 0 : 1,
    e.date,
    e.id,
  ];
  const sorted = [...candidates].sort((a, b) => compareTuples(rank(a), rank(b)));
  return sorted[0] ?? null;
}

function compareTuples(a: [number, number, string, string], b: [number, number, string, string]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number | string;
    const y = b[i] as number | string;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}

export function buildPreviewCard(
  kb: KnowledgeBase,
  topicId: string,
  lang: CardLang,
  context?: PreviewContext,
  /** Toned pinyin of the topic's Chinese name, where it is a name (build/pinyin-table.ts). */
  pinyin?: string,
): PreviewCard | null {
  const topic = kb.topics.find((t) => t.id === topicId);
  if (!topic) return null;
  const thesisById = (id: string | null) => (id ? (kb.theses.find((t) => t.id === id) ?? null) : null);
  const blockTopics = context?.blockTopics ?? [];
  const relevance = context ? chooseLead(kb, topic.id, context) : null;
  // Without a passage (nothing to judge by) the card keeps to the topic's first point.
  const lead = relevance ? thesisById(relevance.thesis) : thesisById(topic.theses[0] ?? null);
  // A passage the paper does not address gets the topic's evidence only if it is near in time: an item
  // from another decade would pass for "nearest" while having nothing to do with the passage.
  const within = relevance && !lead ? NOT_ADDRESSED_WITHIN_MONTHS : undefined;
  const nearest = nearestEvidence(kb, {
    topic: topic.id,
    thesis: lead,
    dates: relevance?.dates ?? [],
    blockTopics,
    within,
  });
  const evidence = nearest ?? (lead || relevance ? null : strongestEvidence(kb, topic));
  return {
    topic: topic.id,
    label: topic.label[lang],
    names: otherScriptNames(topic, lang, pinyin),
    dates: topic.dates ? formatSpan({ date: topic.dates.from, dateEnd: topic.dates.to }, lang) : null,
    paper: paperName(kb.paper, lang),
    lead: lead && {
      ...point(lead, lang),
      reason: relevance?.reason ? reasonText(kb, relevance.reason, lang) : null,
    },
    notAddressed: relevance !== null && lead === null && topic.theses.length > 0,
    summary: lead ? null : localText(topic.summary, lang),
    background:
      lead || topic.theses.length ? null : topic.bearing ? firstSentences(localText(topic.bearing, lang), 2) : null,
    evidence: evidence && {
      date: evidence.date,
      ...(evidence.dateEnd ? { dateEnd: evidence.dateEnd } : {}),
      when: formatSpan(evidence, lang),
      title: evidenceTitle(evidence, lang),
      ...originalTitle(evidence, lang),
      source: evidence.source,
      status: evidence.status,
    },
    others: topic.theses
      .filter((id) => id !== lead?.id)
      .map((id) => thesisById(id))
      .filter((t): t is Thesis => t !== null)
      .map((t) => point(t, lang)),
  };
}

/** The card's choice for a mention, also what reports and `npm run scan` give as its thesis. */
export function chooseLead(kb: KnowledgeBase, topic: string, context: PreviewContext): Relevance {
  return rankTheses(kb, {
    topic,
    passage: boundPassage(context.passage),
    blockTopics: context.blockTopics.slice(0, MAX_CONTEXT_TOPICS),
    ...(context.sentenceTopics ? { sentenceTopics: context.sentenceTopics.slice(0, MAX_CONTEXT_TOPICS) } : {}),
    pageTopics: context.pageTopics.slice(0, MAX_CONTEXT_TOPICS),
  });
}

const NOT_ADDRESSED_WITHIN_MONTHS = 12;

/** Context topics beyond this many are ignored (a message may come from any page). */
export const MAX_CONTEXT_TOPICS = 60;

function point(thesis: Thesis, lang: CardLang): PreviewPoint {
  return {
    thesis: thesis.id,
    title: localText(thesis.title, lang),
    argues: firstSentences(localText(thesis.paper, lang), 2),
  };
}

/** The paper as a card names it: "XU Hao (2022)", "许浩（2022）", "Сюй Хао (2022)" (the name as printed in Chinese). */
export function paperName(paper: Paper, lang: CardLang): string {
  if (isChinese(lang)) return `${paper.author.zh}（${paper.year}）`;
  return `${lang === 'ru' ? paper.author.ru : paper.author.en} (${paper.year})`;
}

function reasonText(kb: KnowledgeBase, cue: Cue, lang: CardLang): PreviewReason {
  if (cue.kind === 'topic') {
    const topic = kb.topics.find((t) => t.id === cue.topic);
    const label = topic ? topic.label[lang] : cue.topic;
    return { kind: 'topic', text: label, where: 'block' };
  }
  return { kind: cue.kind, text: cue.text, where: cue.where };
}

/** The title in the reader's language (for a Chinese document read in Chinese, its own title). */
function evidenceTitle(e: Evidence, lang: CardLang): string {
  return localText(e.title, lang);
}

function originalTitle(e: Evidence, lang: CardLang): { original?: string } {
  const originals = originalsToShow(e.title, lang);
  return originals.length ? { original: originals.map((o) => o.text).join(' / ') } : {};
}

/** A card has room for one or two sentences; longer paraphrases are cut at a sentence end. */
export function firstSentences(text: string, count: number): string {
  const ends = [...text.matchAll(/[.!?](?=\s+\S)|[。！？](?=\S)/g)];
  const cut = ends[count - 1];
  return cut?.index === undefined ? text.trim() : text.slice(0, cut.index + 1).trim();
}

/**
 * What a preview card says about a topic, built from the knowledge base in the background so the
 * content script never bundles the texts. The paper's claim and our background notes stay apart:
 * a context-only topic (no thesis) shows its bearing, labelled as background, never as the paper's.
 */
import type { Evidence, KnowledgeBase, Topic } from './kb-types';

export type CardLang = 'en' | 'zh-Hans';

export interface PreviewEvidence {
  date: string;
  dateEnd?: string;
  title: string;
  source: string;
  status: Evidence['status'];
}

export interface PreviewCard {
  topic: string;
  label: string;
  /** Years the first sentence of the topic's summary gives, e.g. "1893–1976"; null when it names none. */
  dates: string | null;
  /** The paper's claim (paraphrase of its abstract), one or two sentences; null for context-only topics. */
  argues: string | null;
  /** How a context-only topic bears on the argument (ours, not the paper's); null when it has a thesis. */
  background: string | null;
  evidence: PreviewEvidence | null;
}

/** The UI language a browser locale maps to: Chinese readers get Simplified, everyone else English. */
export function cardLang(locale: string): CardLang {
  return /^zh\b/i.test(locale) ? 'zh-Hans' : 'en';
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

export function buildPreviewCard(kb: KnowledgeBase, topicId: string, lang: CardLang): PreviewCard | null {
  const topic = kb.topics.find((t) => t.id === topicId);
  if (!topic) return null;
  const thesis = topic.theses.map((id) => kb.theses.find((t) => t.id === id)).find((t) => t !== undefined);
  const evidence = strongestEvidence(kb, topic);
  return {
    topic: topic.id,
    label: topic.label[lang],
    dates: yearSpan(firstSentences(topic.summary.en, 1)),
    argues: thesis ? firstSentences(thesis.paper[lang], 2) : null,
    background: thesis ? null : topic.bearing ? firstSentences(topic.bearing[lang], 2) : null,
    evidence: evidence && {
      date: evidence.date,
      ...(evidence.dateEnd ? { dateEnd: evidence.dateEnd } : {}),
      title: evidenceTitle(evidence, lang),
      source: evidence.source,
      status: evidence.status,
    },
  };
}

/** Chinese readers see a Chinese original title as written; other originals (Russian) in English. */
function evidenceTitle(e: Evidence, lang: CardLang): string {
  return lang === 'zh-Hans' && /\p{Script=Han}/u.test(e.title.original) ? e.title.original : e.title.en;
}

/**
 * The years a dated sentence gives: a range written as one ("1985–91", "1949-1950", "from 1954 to 1959"),
 * else the span of the years it names ("from 1949 until his death in 1976" → "1949–1976").
 * The data has no dates field; the summary's first sentence is where each topic is dated.
 */
export function yearSpan(text: string): string | null {
  const range = /(?<!\d)(1[6-9]\d\d|20\d\d)(?:\s*[–-]\s*|\s+to\s+)(\d{4}|\d{2})(?!\d)/.exec(text);
  if (range) {
    const from = range[1] as string;
    const end = range[2] as string;
    const to = end.length === 2 ? from.slice(0, 2) + end : end;
    if (Number(to) > Number(from)) return `${from}–${to}`;
  }
  const years = [...text.matchAll(/(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)/g)].map((m) => Number(m[1]));
  if (!years.length) return null;
  const from = Math.min(...years);
  const to = Math.max(...years);
  return from === to ? String(from) : `${from}–${to}`;
}

/** A card has room for one or two sentences; longer paraphrases are cut at a sentence end. */
export function firstSentences(text: string, count: number): string {
  const ends = [...text.matchAll(/[.!?](?=\s+\S)|[。！？](?=\S)/g)];
  const cut = ends[count - 1];
  return cut?.index === undefined ? text.trim() : text.slice(0, cut.index + 1).trim();
}

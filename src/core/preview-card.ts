/**
 * What a preview card says about a topic, built from the knowledge base in the background so the
 * content script never bundles the texts. The paper's claim and our background notes stay apart:
 * a context-only topic (no thesis) shows its bearing, labelled as background, never as the paper's.
 */
import { formatSpan } from './evidence-dates';
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
  /** The topic's dates from data/ ("1893–1976", "14 Feb 1950"); null where the data gives none. */
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
    dates: topic.dates ? formatSpan({ date: topic.dates.from, dateEnd: topic.dates.to }, lang) : null,
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

/** A card has room for one or two sentences; longer paraphrases are cut at a sentence end. */
export function firstSentences(text: string, count: number): string {
  const ends = [...text.matchAll(/[.!?](?=\s+\S)|[。！？](?=\S)/g)];
  const cut = ends[count - 1];
  return cut?.index === undefined ? text.trim() : text.slice(0, cut.index + 1).trim();
}

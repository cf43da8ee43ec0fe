/**
 * Address-bar suggestions for the `sino` keyword: the popup's own lookup (any script, tones and case
 * folded), each hit as the topic's label in the reader's language and the name it matched.
 */
import type { KnowledgeBase } from './kb-types';
import { searchTopics, type LookupIndex } from './lookup';

export interface OmniboxSuggestion {
  /** What Enter on this suggestion hands back: the topic id. */
  content: string;
  /** Plain text; the browser layer escapes it where the browser reads markup. */
  description: string;
}

export type LabelLang = 'en' | 'zh-Hans' | 'zh-Hant' | 'ru';

export function omniboxSuggestions(
  kb: Pick<KnowledgeBase, 'topics'>,
  index: LookupIndex,
  query: string,
  lang: LabelLang,
  limit = 6,
): OmniboxSuggestion[] {
  const labels = new Map(kb.topics.map((t) => [t.id, t.label[lang] ?? t.label.en]));
  return searchTopics(index, query, limit).map((hit) => {
    const label = labels.get(hit.topic) ?? hit.topic;
    return { content: hit.topic, description: hit.matched === label ? label : `${label} — ${hit.matched}` };
  });
}

/** What Enter opens: a topic id the reader picked, else the best hit for what was typed, else nothing. */
export function omniboxTarget(kb: Pick<KnowledgeBase, 'topics'>, index: LookupIndex, text: string): string | null {
  const id = text.trim();
  if (kb.topics.some((t) => t.id === id)) return id;
  return searchTopics(index, text, 1)[0]?.topic ?? null;
}

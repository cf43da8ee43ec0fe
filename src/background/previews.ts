/**
 * Preview cards' content, answered from the bundled knowledge base so content scripts ask for one
 * topic at a time instead of carrying every text; and the card's "More", which opens the topic view.
 */
import kb from 'ssn:knowledge-base';
import { buildPreviewCard, type PreviewContext } from '../core/preview-card';
import type { BackgroundHandler } from './handler';
import { openTopic } from './open-topic';

export const previewHandlers: {
  'topics/preview': BackgroundHandler<'topics/preview'>;
  'topics/open': BackgroundHandler<'topics/open'>;
} = {
  'topics/preview': ({ topic, lang, context }) => buildPreviewCard(kb, topic, lang, context && validContext(context)),
  'topics/open': async ({ topic }, sender) => ({ opened: await openTopic(topic, sender.tab?.id) }),
};

/** A context from a content script is bounded again here: any page can run in that frame. */
function validContext(c: PreviewContext): PreviewContext {
  const ids = (list: unknown): string[] =>
    Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  return {
    passage: c.passage,
    blockTopics: ids(c.blockTopics),
    sentenceTopics: ids(c.sentenceTopics),
    pageTopics: ids(c.pageTopics),
  };
}

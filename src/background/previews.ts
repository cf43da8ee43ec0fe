/**
 * Preview cards' content, answered from the bundled knowledge base so content scripts ask for one
 * topic at a time instead of carrying every text; and the card's "More", which opens the topic view.
 */
import kb from 'ssn:knowledge-base';
import labelPinyin from 'ssn:label-pinyin';
import { cardStringsFrom } from '../core/card-strings';
import { buildPreviewCard, type PreviewContext } from '../core/preview-card';
import type { UiLang } from '../core/ui-lang';
import { readerLang } from '../platform/reader-lang';
import type { PreviewAnswer } from '../shared/messages';
import { messageIn } from '../shared/ui-messages';
import type { BackgroundHandler } from './handler';
import { openTopic } from './open-topic';

export const previewHandlers: {
  'topics/preview': BackgroundHandler<'topics/preview'>;
  'topics/open': BackgroundHandler<'topics/open'>;
} = {
  'topics/preview': async ({ topic, lang, context }) => {
    const reader = lang ?? (await readerLang());
    return answer(reader, buildPreviewCard(kb, topic, reader, context && validContext(context), labelPinyin[topic]));
  },
  'topics/open': async ({ topic }, sender) => ({ opened: await openTopic(topic, sender.tab?.id) }),
};

/** The card with its words in the same language (the content script has no messages of its own). */
function answer(lang: UiLang, card: ReturnType<typeof buildPreviewCard>): PreviewAnswer | null {
  return card && { ...card, lang, strings: cardStringsFrom((key) => messageIn(lang, key)) };
}

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

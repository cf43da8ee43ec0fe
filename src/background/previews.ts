/**
 * Preview cards' content, answered from the bundled knowledge base so content scripts ask for one
 * topic at a time instead of carrying every text; and the card's "More", which opens the topic view.
 */
import kb from 'ssn:knowledge-base';
import { buildPreviewCard } from '../core/preview-card';
import type { BackgroundHandler } from './handler';
import { openTopic } from './open-topic';

export const previewHandlers: {
  'topics/preview': BackgroundHandler<'topics/preview'>;
  'topics/open': BackgroundHandler<'topics/open'>;
} = {
  'topics/preview': async ({ topic, lang }) => buildPreviewCard(kb, topic, lang === 'zh-Hans' ? 'zh-Hans' : 'en'),
  'topics/open': async ({ topic }, sender) => ({ opened: await openTopic(topic, sender.tab?.id) }),
};

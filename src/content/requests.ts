/** Answers the background's and popup's requests to this frame (typed in shared/messages.ts). */
import { ext, toResult } from '../platform/browser';
import { isEnvelope, type ContentRequests, type PageCommandRequests, type RequestOf, type ResponseOf } from '../shared/messages';
import type { Highlighter } from './highlighter';
import { revealMention } from './reveal';

interface Deps {
  highlighter: Highlighter;
  rescanAll(): Promise<void>;
}

// Keyboard commands have their own listener (previews/page-commands.ts).
type Handlers = { [K in Exclude<keyof ContentRequests, keyof PageCommandRequests>]: (req: RequestOf<ContentRequests, K>) => ResponseOf<ContentRequests, K> | Promise<ResponseOf<ContentRequests, K>> };

export function listenToRequests({ highlighter, rescanAll }: Deps): void {
  const handlers: Handlers = {
    'highlights/refresh': async () => {
      await rescanAll();
      return null;
    },
    'highlights/reveal': ({ topic, index }) => {
      const ofTopic = highlighter.visible().filter((m) => m.topic === topic);
      const count = ofTopic.length;
      const mention = ofTopic[((index % count) + count) % count];
      if (mention) revealMention(mention, window, (m) => highlighter.setActive(m));
      return { count };
    },
  };
  ext.runtime.onMessage.addListener((message: unknown) => {
    if (!isEnvelope(message) || !(message.type in handlers)) return undefined;
    const type = message.type as keyof Handlers;
    const handler = handlers[type] as (req: unknown) => unknown;
    return toResult(() => handler(message.payload));
  });
}

/** Answers the background's and popup's requests to this frame (typed in shared/messages.ts). */
import { answerContentRequests } from '../platform/browser';
import type { Highlighter } from './highlighter';
import { revealMention } from './reveal';

interface Deps {
  highlighter: Highlighter;
  rescanAll: () => Promise<void>;
}

// Keyboard commands are answered by previews/page-commands.ts.
export function listenToRequests({ highlighter, rescanAll }: Deps): void {
  answerContentRequests({
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
  });
}

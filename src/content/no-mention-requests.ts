/**
 * content.js's answers to the popup and the background while its frame has no mention (once there
 * is one, content-main.js answers: requests.ts, previews/page-commands.ts). The highlighting key
 * still works here: it can switch a site back on, or ask for an on-demand page's highlights.
 */
import type { Settings } from '../core/settings';
import { answerContentRequests } from '../platform/browser';
import { toggleHighlights } from './toggle-command';

export interface NoMentionDeps {
  rescanAll(): Promise<void>;
  settings(): Settings;
  /** On-demand density: whether the reader asked for this page's highlights. */
  asked(): boolean;
  setAsked(asked: boolean): void;
}

/** Returns a way to stop answering. */
export function answerWithoutMentions(deps: NoMentionDeps): () => void {
  return answerContentRequests({
    'highlights/refresh': async () => {
      await deps.rescanAll();
      return null;
    },
    'highlights/reveal': () => ({ count: 0 }),
    'mentions/step': () => ({ index: -1, count: 0, topic: null, text: null }),
    'highlights/toggle': () =>
      toggleHighlights({
        win: window,
        settings: () => deps.settings(),
        calm: () => {
          const { density, shownRegions } = deps.settings();
          return { density, shownRegions, asked: deps.asked() };
        },
        setCalm: (calm) => deps.setAsked(calm.asked),
      }),
  });
}

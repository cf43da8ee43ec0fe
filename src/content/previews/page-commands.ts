/**
 * The content script's side of the keyboard commands: next/previous mention (scrolled to, flashed,
 * its card shown) and the highlighting switch for this site. Registered on pages without mentions
 * too (a message listener costs the page nothing), so the switch can turn a site back on.
 */
import type { Settings } from '../../core/settings';
import { answerContentRequests } from '../../platform/browser';
import type { StepResult, ToggleResult } from '../../shared/commands';
import type { Highlighter } from '../highlighter';
import type { PageMention } from '../page-mention';
import { revealMention } from '../reveal';
import { toggleHighlights } from '../toggle-command';
import { marksOf, mentionRects } from './anchor';
import type { CardController } from './card-controller';
import type { MentionLookup } from './mention-lookup';
import { firstFromViewport, stepIndex } from './step';

export interface PageCommandDeps {
  doc: Document;
  win: Window;
  highlighter: Highlighter;
  lookup: MentionLookup;
  cards: CardController;
  settings(): Settings;
  /** The mention the reader was last shown (by a card or a step), where the next step starts. */
  cursor(): PageMention | null;
  moveCursor(mention: PageMention): void;
}

export function listenToPageCommands(deps: PageCommandDeps): () => void {
  return answerContentRequests({
    'mentions/step': ({ direction }) => step(deps, direction),
    'highlights/toggle': () => toggle(deps),
  });
}

function step(deps: PageCommandDeps, direction: 1 | -1): StepResult {
  const { doc, win, highlighter, lookup, cards } = deps;
  const mentions = lookup.all();
  const kind = highlighter.rendererKind;
  const cursor = deps.cursor();
  const current = cursor ? lookup.same(cursor) : null;
  const topOf = (i: number): number | null => {
    const m = mentions[i];
    return m ? (mentionRects(m, kind, doc)[0]?.top ?? null) : null;
  };
  const index = stepIndex(mentions.length, current ? mentions.indexOf(current) : -1, direction, () =>
    firstFromViewport(topOf, mentions.length, direction),
  );
  const mention = mentions[index];
  if (!mention) return { index: -1, count: mentions.length, topic: null, text: null };
  // The open card would take our own scroll for the reader's and close, cancelling the card we are opening.
  cards.close(false);
  deps.moveCursor(mention);
  revealMention(mention, win, (m) => highlighter.setActive(m));
  // Keyboard readers of focusable highlights continue from the one shown; focus elsewhere (a form) stays put.
  if (kind === 'wrap' && focusIsFree(doc)) marksOf(mention, doc)[0]?.focus({ preventScroll: true });
  void cards.open(mention, 'command');
  return { index, count: mentions.length, topic: mention.topic, text: mention.text };
}

function focusIsFree(doc: Document): boolean {
  const active = doc.activeElement;
  return !active || active === doc.body || active === doc.documentElement || active.matches('mark.ssn-mark');
}

function toggle(deps: PageCommandDeps): Promise<ToggleResult> {
  const { highlighter } = deps;
  return toggleHighlights({
    win: deps.win,
    settings: () => deps.settings(),
    calm: () => highlighter.calmOptions,
    setCalm: (calm) => highlighter.setCalm(calm),
  });
}

/**
 * The one message contract between the extension's contexts.
 * Every message names its request and its result here; results cross the boundary
 * wrapped as Result so an error reaches the caller instead of vanishing.
 */
import { CARD_LANGS, type CardLang } from '../core/card-lang';
import { CARD_STRING_KEYS, type CardStrings } from '../core/card-strings';
import type { ScriptName } from '../core/local-text';
import type { PreviewCard, PreviewContext, PreviewEvidence, PreviewPoint, PreviewReason } from '../core/preview-card';
import type { Passage } from '../core/passage';
import type { TextQuote } from '../core/text-quote';
import { isCommandName, type CommandName, type StepResult, type ToggleResult } from './commands';
import type { MessageChecks } from './dispatch';
import { anyOf, arrayOf, isBoolean, isInteger, isRecord, isString, oneOf, recordOf, shape } from './payload-checks';

/** One mention as the page reports it (text is as written on the page). */
export interface MentionReport {
  topic: string;
  text: string;
  /** About 60 characters around the mention, whitespace collapsed. */
  context: string;
  /**
   * The paper's point a card leads with for this mention (src/core/preview-card.ts chooseLead, the
   * card's own code); null: the passage is about none of the paper's points; absent: not judged
   * (past the report's limit of passages).
   */
  thesis?: string | null;
}

/**
 * Where a reported mention stands, sent with the report only (never stored): its sentence, and
 * indexes into the report's de-duplicated block texts and headings, and its block element's number
 * (mentions with the same group share a block).
 */
export interface MentionPlace {
  sentence: string;
  block: number;
  heading: number;
  group: number;
}

/** What a frame sends: its mentions, the first ones with their place in the page. */
export interface FrameReport extends Omit<FrameMentions, 'frameId'> {
  mentions: (MentionReport & { place?: MentionPlace })[];
  blocks: string[];
  headings: string[];
}

/** What one frame of a tab has found. */
export interface FrameMentions {
  url: string;
  frameId: number;
  /** True once the first full scan of this document has finished. */
  complete: boolean;
  /** False when highlighting is switched off for this site. */
  enabled: boolean;
  /** False for a frame the reader cannot see (a few pixels, transparent): kept out of the popup and badge. */
  visible: boolean;
  /**
   * Mentions in document order, at most about MAX_REPORTED (content/report.ts): the first of every
   * topic, then the earliest others. `counts` has them all.
   */
  mentions: MentionReport[];
  /** Mentions per topic, all of them (up to the page cap). */
  counts: Record<string, number>;
  /** The page holds more mentions than the extension reads on one page: counts stop there. */
  capped: boolean;
  /** URLs of frames in this document that a reader cannot see: their reports are left out. */
  hiddenFrames: string[];
}

/** The whole tab, as the popup and `npm run scan` see it. */
export interface TabMentions {
  tabId: number;
  url: string;
  complete: boolean;
  enabled: boolean;
  /** As in FrameMentions: a bounded list, the first of every topic always in it. */
  mentions: MentionReport[];
  counts: Record<string, number>;
  capped: boolean;
}

/** A card as the background sends it: its content, its language and its words in that language. */
export type PreviewAnswer = PreviewCard & { lang: CardLang; strings: CardStrings };

/** Messages handled by the background (sent by content scripts, the popup, tests). */
export interface BackgroundRequests {
  'mentions/report': { req: FrameReport; res: null };
  'mentions/get': { req: { tabId: number }; res: TabMentions | null };
  /** The top frame's document is going away (pagehide): its mentions no longer describe the tab. */
  'mentions/leave': { req: { url: string }; res: null };
  'site/set-enabled': { req: { host: string; enabled: boolean }; res: null };
  /** Several sites at once (the options page); stored in one write with any switches arriving meanwhile. */
  'sites/set': { req: { changes: { host: string; enabled: boolean }[] }; res: null };
  /**
   * A preview card's content for one mention, and the card's words: the topic and, to judge by, its passage.
   * In `lang` when given (tests, scan), else in the reader's language (the options page's, else the browser's).
   */
  'topics/preview': { req: { topic: string; lang?: CardLang; context?: PreviewContext }; res: PreviewAnswer | null };
  /** "More" on a card: the popup's topic view for the sender's tab (the popup itself where it can open). */
  'topics/open': { req: { topic: string }; res: { opened: 'popup' | 'tab' } };
  /** Runs a keyboard command as if pressed (in tabId, else the active tab): the commands listener's own path. */
  'commands/run': { req: { command: CommandName; tabId?: number }; res: StepResult | ToggleResult | null };
  /** Adds (on) or removes the highlight styles in the sender's frame: only where highlighting is on. */
  'page-style/set': { req: { on: boolean }; res: null };
  /** Injects content-wrap.js (the wrap renderer and mark.js) into the sender's frame. */
  'content/load-wrap': { req: Record<string, never>; res: null };
  /** Injects content-main.js (everything a frame with mentions needs) into the sender's frame: on its first prefilter hit. */
  'content/load-main': { req: Record<string, never>; res: null };
  /** The matcher's groups and cues as JSON (parseMatcherBody), which content.js does not carry: asked on a frame's first prefilter hit. */
  'matcher/body': { req: Record<string, never>; res: string };
  /** Opens the side panel (Firefox: the sidebar) on a topic, or on what it showed; a tab where there is none. */
  'panel/open': { req: { topic?: string }; res: { opened: 'panel' | 'tab' } };
  /** "Add note" on a card: a passage note on the sender's page, and the side panel opened to write it. */
  'notes/add-passage': { req: { topic: string; quote: TextQuote }; res: { opened: 'panel' | 'tab' } };
}

/** Messages handled by a tab's content script (sent by the background or the popup). */
export interface ContentRequests extends PageCommandRequests {
  'highlights/refresh': { req: Record<string, never>; res: null };
  'highlights/reveal': { req: { topic: string; index: number }; res: { count: number } };
  /** Finds these passage notes' quotes in the page and marks them: the ids found. */
  'notes/anchor': { req: { notes: { id: string; quote: TextQuote }[] }; res: { attached: string[] } };
  /** The frame's selected text as a quote (with its prefix and suffix), or null without a selection. */
  'notes/selection': { req: Record<string, never>; res: TextQuote | null };
}

/** Keyboard commands relayed to the top frame; answered by src/content/previews/page-commands.ts. */
export interface PageCommandRequests {
  /** Next/previous mention in document order: scrolls to it and shows its card. */
  'mentions/step': { req: { direction: 1 | -1 }; res: StepResult };
  /** Switches highlighting on this site off, or back on. */
  'highlights/toggle': { req: Record<string, never>; res: ToggleResult };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export type RequestOf<M, K extends keyof M> = M[K] extends { req: infer R } ? R : never;
export type ResponseOf<M, K extends keyof M> = M[K] extends { res: infer R } ? R : never;

/** A Result's envelope as it arrives from the other end (its value is checked against the contract). */
export function isResult(value: unknown): value is Result<unknown> {
  if (!isRecord(value)) return false;
  return value.ok === true ? 'value' in value : value.ok === false && isString(value.error);
}

const empty = shape<Record<string, never>>({});
const nothing = (value: unknown): value is null => value === null;
const stringOrNull = anyOf(isString, nothing);
const strings = arrayOf(isString);
const mentionReport = shape<MentionReport>(
  { topic: isString, text: isString, context: isString, thesis: anyOf(isString, nothing) },
  ['thesis'],
);
const mentionPlace = shape<MentionPlace>({
  sentence: isString,
  block: isInteger,
  heading: isInteger,
  group: isInteger,
});
const reportedMention = shape<MentionReport & { place?: MentionPlace }>(
  { topic: isString, text: isString, context: isString, thesis: anyOf(isString, nothing), place: mentionPlace },
  ['thesis', 'place'],
);
const passage = shape<Passage>({ sentence: isString, block: isString, heading: isString });
const previewContext = shape<PreviewContext>(
  { passage, blockTopics: strings, sentenceTopics: strings, pageTopics: strings },
  ['sentenceTopics'],
);
const previewPoint = shape<PreviewPoint>({ thesis: isString, title: isString, argues: isString });
const previewReason = shape<PreviewReason>({
  kind: oneOf(['date', 'topic', 'term']),
  text: isString,
  where: oneOf(['sentence', 'block', 'heading']),
});
const previewLead = (value: unknown): value is PreviewPoint & { reason: PreviewReason | null } =>
  previewPoint(value) && isRecord(value) && anyOf(previewReason, nothing)(value.reason);
const counts = recordOf(isInteger);
const tabMentions = shape<TabMentions>({
  tabId: isInteger,
  url: isString,
  complete: isBoolean,
  enabled: isBoolean,
  mentions: arrayOf(mentionReport),
  counts,
  capped: isBoolean,
});
const previewEvidence = shape<PreviewEvidence>(
  {
    date: isString,
    dateEnd: isString,
    when: isString,
    title: isString,
    original: isString,
    source: isString,
    status: oneOf(['verified', 'secondary']),
  },
  ['dateEnd', 'original'],
);
const scriptName = shape<ScriptName>({ text: isString, lang: isString });
const cardStrings = shape<CardStrings>(
  Object.fromEntries(Object.keys(CARD_STRING_KEYS).map((k) => [k, isString])) as Record<
    keyof CardStrings,
    typeof isString
  >,
);
const previewAnswer = shape<PreviewAnswer>({
  topic: isString,
  label: isString,
  names: arrayOf(scriptName),
  lang: oneOf(CARD_LANGS),
  strings: cardStrings,
  dates: stringOrNull,
  paper: isString,
  lead: anyOf(previewLead, nothing),
  notAddressed: isBoolean,
  summary: stringOrNull,
  background: stringOrNull,
  evidence: anyOf(previewEvidence, nothing),
  others: arrayOf(previewPoint),
});
const stepResult = shape<StepResult>({ index: isInteger, count: isInteger, topic: stringOrNull, text: stringOrNull });
const toggleResult = shape<ToggleResult>({ enabled: isBoolean });
const textQuote = shape<TextQuote>({ exact: isString, prefix: isString, suffix: isString });

/** What each request to the background, and its answer, must look like when it arrives. */
export const backgroundChecks: MessageChecks<BackgroundRequests> = {
  'mentions/report': {
    req: shape<FrameReport>({
      url: isString,
      complete: isBoolean,
      enabled: isBoolean,
      visible: isBoolean,
      mentions: arrayOf(reportedMention),
      counts,
      capped: isBoolean,
      hiddenFrames: strings,
      blocks: strings,
      headings: strings,
    }),
    res: nothing,
  },
  'mentions/leave': { req: shape<{ url: string }>({ url: isString }), res: nothing },
  'sites/set': {
    req: shape<{ changes: { host: string; enabled: boolean }[] }>({
      changes: arrayOf(shape<{ host: string; enabled: boolean }>({ host: isString, enabled: isBoolean })),
    }),
    res: nothing,
  },
  'page-style/set': { req: shape<{ on: boolean }>({ on: isBoolean }), res: nothing },
  'mentions/get': { req: shape<{ tabId: number }>({ tabId: isInteger }), res: anyOf(tabMentions, nothing) },
  'site/set-enabled': {
    req: shape<{ host: string; enabled: boolean }>({ host: isString, enabled: isBoolean }),
    res: nothing,
  },
  'topics/preview': {
    req: shape<{ topic: string; lang?: CardLang; context?: PreviewContext }>(
      { topic: isString, lang: oneOf(CARD_LANGS), context: previewContext },
      ['lang', 'context'],
    ),
    res: anyOf(previewAnswer, nothing),
  },
  'topics/open': {
    req: shape<{ topic: string }>({ topic: isString }),
    res: shape<{ opened: 'popup' | 'tab' }>({ opened: oneOf(['popup', 'tab']) }),
  },
  'commands/run': {
    req: shape<{ command: CommandName; tabId?: number }>({ command: isCommandName, tabId: isInteger }, ['tabId']),
    res: anyOf(stepResult, toggleResult, nothing),
  },
  'content/load-wrap': { req: empty, res: nothing },
  'content/load-main': { req: empty, res: nothing },
  'matcher/body': { req: empty, res: isString },
  'panel/open': {
    req: shape<{ topic?: string }>({ topic: isString }, ['topic']),
    res: shape<{ opened: 'panel' | 'tab' }>({ opened: oneOf(['panel', 'tab']) }),
  },
  'notes/add-passage': {
    req: shape<{ topic: string; quote: TextQuote }>({ topic: isString, quote: textQuote }),
    res: shape<{ opened: 'panel' | 'tab' }>({ opened: oneOf(['panel', 'tab']) }),
  },
};

/** What each request to a content script, and its answer, must look like when it arrives. */
export const contentChecks: MessageChecks<ContentRequests> = {
  'highlights/refresh': { req: empty, res: nothing },
  'highlights/reveal': {
    req: shape<{ topic: string; index: number }>({ topic: isString, index: isInteger }),
    res: shape<{ count: number }>({ count: isInteger }),
  },
  'mentions/step': { req: shape<{ direction: 1 | -1 }>({ direction: oneOf([1, -1]) }), res: stepResult },
  'highlights/toggle': { req: empty, res: toggleResult },
  'notes/anchor': {
    req: shape<{ notes: { id: string; quote: TextQuote }[] }>({
      notes: arrayOf(shape<{ id: string; quote: TextQuote }>({ id: isString, quote: textQuote })),
    }),
    res: shape<{ attached: string[] }>({ attached: strings }),
  },
  'notes/selection': { req: empty, res: anyOf(textQuote, nothing) },
};

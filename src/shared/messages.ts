/**
 * The one message contract between the extension's contexts.
 * Every message names its request and its result here; results cross the boundary
 * wrapped as Result so an error reaches the caller instead of vanishing.
 */
import type { CardLang, PreviewCard, PreviewContext } from '../core/preview-card';
import type { CommandName, StepResult, ToggleResult } from './commands';

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

/** Messages handled by the background (sent by content scripts, the popup, tests). */
export interface BackgroundRequests {
  'mentions/report': { req: FrameReport; res: null };
  'mentions/get': { req: { tabId: number }; res: TabMentions | null };
  /** The top frame's document is going away (pagehide): its mentions no longer describe the tab. */
  'mentions/leave': { req: { url: string }; res: null };
  'site/set-enabled': { req: { host: string; enabled: boolean }; res: null };
  /** Several sites at once (the options page); stored in one write with any switches arriving meanwhile. */
  'sites/set': { req: { changes: { host: string; enabled: boolean }[] }; res: null };
  /** A preview card's content for one mention, in the reader's language: the topic and, to judge by, its passage. */
  'topics/preview': { req: { topic: string; lang: CardLang; context?: PreviewContext }; res: PreviewCard | null };
  /** "More" on a card: the popup's topic view for the sender's tab (the popup itself where it can open). */
  'topics/open': { req: { topic: string }; res: { opened: 'popup' | 'tab' } };
  /** Runs a keyboard command as if pressed (in tabId, else the active tab): the commands listener's own path. */
  'commands/run': { req: { command: CommandName; tabId?: number }; res: StepResult | ToggleResult | null };
  /** Adds (on) or removes the highlight styles in the sender's frame: only where highlighting is on. */
  'page-style/set': { req: { on: boolean }; res: null };
}

/** Messages handled by a tab's content script (sent by the background or the popup). */
export interface ContentRequests extends PageCommandRequests {
  'highlights/refresh': { req: Record<string, never>; res: null };
  'highlights/reveal': { req: { topic: string; index: number }; res: { count: number } };
}

/** Keyboard commands relayed to the top frame; answered by src/content/previews/page-commands.ts. */
export interface PageCommandRequests {
  /** Next/previous mention in document order: scrolls to it and shows its card. */
  'mentions/step': { req: { direction: 1 | -1 }; res: StepResult };
  /** Switches highlighting on this site off, or back on. */
  'highlights/toggle': { req: Record<string, never>; res: ToggleResult };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export type Envelope<M, K extends keyof M = keyof M> = K extends keyof M
  ? { type: K; payload: M[K] extends { req: infer R } ? R : never }
  : never;

export type RequestOf<M, K extends keyof M> = M[K] extends { req: infer R } ? R : never;
export type ResponseOf<M, K extends keyof M> = M[K] extends { res: infer R } ? R : never;

export function isEnvelope(value: unknown): value is { type: string; payload: unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

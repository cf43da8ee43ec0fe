/**
 * The one message contract between the extension's contexts.
 * Every message names its request and its result here; results cross the boundary
 * wrapped as Result so an error reaches the caller instead of vanishing.
 */

/** One mention as the page reports it (text is as written on the page). */
export interface MentionReport {
  topic: string;
  text: string;
  /** About 60 characters around the mention, whitespace collapsed. */
  context: string;
}

/** What one frame of a tab has found. */
export interface FrameMentions {
  url: string;
  frameId: number;
  /** True once the first full scan of this document has finished. */
  complete: boolean;
  /** False when highlighting is switched off for this site. */
  enabled: boolean;
  mentions: MentionReport[];
}

/** The whole tab, as the popup and `npm run scan` see it. */
export interface TabMentions {
  tabId: number;
  url: string;
  complete: boolean;
  enabled: boolean;
  mentions: MentionReport[];
}

/** Messages handled by the background (sent by content scripts, the popup, tests). */
export interface BackgroundRequests {
  'mentions/report': { req: Omit<FrameMentions, 'frameId'>; res: null };
  'mentions/get': { req: { tabId: number }; res: TabMentions | null };
  'site/set-enabled': { req: { host: string; enabled: boolean }; res: null };
}

/** Messages handled by a tab's content script (sent by the background or the popup). */
export interface ContentRequests {
  'highlights/refresh': { req: Record<string, never>; res: null };
  'highlights/reveal': { req: { topic: string; index: number }; res: { count: number } };
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

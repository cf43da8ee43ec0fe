/**
 * The browser API behind one module: everything else imports `ext` from here, so tests
 * and other browsers can hand in a different object and the polyfill stays in one place.
 * Messages go through here too: typed requests out, one checked dispatcher in (shared/dispatch.ts).
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { createDispatch, type Dispatch, type Handlers } from '../shared/dispatch';
import type { Check } from '../shared/payload-checks';
import {
  backgroundChecks,
  contentChecks,
  isResult,
  type BackgroundRequests,
  type ContentRequests,
  type RequestOf,
  type ResponseOf,
} from '../shared/messages';

export const ext = browser;
export type Ext = typeof browser;
export type { Runtime, Tabs } from 'webextension-polyfill';

/** Sends a typed request to the background and unwraps its Result. */
export async function askBackground<K extends keyof BackgroundRequests>(
  type: K,
  payload: RequestOf<BackgroundRequests, K>,
): Promise<ResponseOf<BackgroundRequests, K>> {
  return unwrap(await ext.runtime.sendMessage({ type, payload }), type, backgroundChecks[type].res);
}

/** Sends a typed request to the content script of one tab (top frame unless frameId is given). */
export async function askTab<K extends keyof ContentRequests>(
  tabId: number,
  type: K,
  payload: RequestOf<ContentRequests, K>,
  frameId = 0,
): Promise<ResponseOf<ContentRequests, K>> {
  return unwrap(await ext.tabs.sendMessage(tabId, { type, payload }, { frameId }), type, contentChecks[type].res);
}

/** The answer's envelope and value are checked against the contract before the caller sees them. */
export function unwrap<T>(answer: unknown, type: string, check: Check<T>): T {
  if (answer === undefined) throw new Error(`${type}: no answer`);
  if (!isResult(answer)) throw new Error(`${type}: malformed answer`);
  if (!answer.ok) throw new Error(`${type}: ${answer.error}`);
  if (!check(answer.value)) throw new Error(`${type}: malformed answer`);
  return answer.value;
}

/** Answers the background's messages with these handlers (the sender is each handler's context). */
export function answerBackgroundRequests(handlers: Handlers<BackgroundRequests, Runtime.MessageSender>): () => void {
  return listen(createDispatch(backgroundChecks, handlers));
}

/** Answers some of a content script's messages; others are left to the other listeners of the frame. */
export function answerContentRequests(handlers: Handlers<ContentRequests, Runtime.MessageSender>): () => void {
  return listen(createDispatch(contentChecks, handlers));
}

export function listen(dispatch: Dispatch<Runtime.MessageSender>): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender) => dispatch(message, sender);
  ext.runtime.onMessage.addListener(listener);
  return () => ext.runtime.onMessage.removeListener(listener);
}

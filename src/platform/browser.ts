/**
 * The browser API behind one module: everything else imports `ext` from here, so tests
 * and other browsers can hand in a different object.
 * Messages go through here too: typed requests out, one checked dispatcher in (shared/dispatch.ts).
 */
import type { Browser, Runtime } from 'webextension-polyfill';
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

/**
 * The browser's own promise-based API: Firefox's `browser`, Chromium's `chrome` (its MV3 APIs return
 * promises). No polyfill: content.js runs in every page and frame, and the polyfill's
 * set-up cost milliseconds in each. `browser` counts only with a runtime id: a page element with
 * id="browser" is also a global in a content script's world. The polyfill's types describe both.
 */
function nativeApi(): Browser {
  const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };
  // Outside an extension (unit tests in Node) neither exists; any use then fails where it is made.
  return (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as Browser;
}

export const ext = nativeApi();
export type Ext = Browser;
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
  // sendResponse and `return true`, not a returned promise: Chromium's own onMessage ignores promises.
  // A message this dispatcher does not know gets no answer from it, so other listeners may answer.
  const listener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (answer: unknown) => void) => {
    const answer = dispatch(message, sender);
    if (!answer) return undefined;
    void answer.then(sendResponse);
    return true as const;
  };
  // The polyfill's types allow a callback listener only `true`; browsers also take "no answer from me".
  const typed = listener as Runtime.OnMessageListener;
  ext.runtime.onMessage.addListener(typed);
  return () => ext.runtime.onMessage.removeListener(typed);
}

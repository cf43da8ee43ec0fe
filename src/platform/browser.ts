/**
 * The browser API behind one module: everything else imports `ext` from here, so tests
 * and other browsers can hand in a different object and the polyfill stays in one place.
 */
import browser from 'webextension-polyfill';
import type {
  BackgroundRequests,
  ContentRequests,
  RequestOf,
  ResponseOf,
  Result,
} from '../shared/messages';

export const ext = browser;
export type Ext = typeof browser;
export type { Runtime, Tabs } from 'webextension-polyfill';

/** Sends a typed request to the background and unwraps its Result. */
export async function askBackground<K extends keyof BackgroundRequests>(
  type: K,
  payload: RequestOf<BackgroundRequests, K>,
): Promise<ResponseOf<BackgroundRequests, K>> {
  const result = (await ext.runtime.sendMessage({ type, payload })) as Result<ResponseOf<BackgroundRequests, K>>;
  return unwrap(result, type);
}

/** Sends a typed request to the content script of one tab (top frame unless frameId is given). */
export async function askTab<K extends keyof ContentRequests>(
  tabId: number,
  type: K,
  payload: RequestOf<ContentRequests, K>,
  frameId = 0,
): Promise<ResponseOf<ContentRequests, K>> {
  const result = (await ext.tabs.sendMessage(tabId, { type, payload }, { frameId })) as Result<
    ResponseOf<ContentRequests, K>
  >;
  return unwrap(result, type);
}

function unwrap<T>(result: Result<T> | undefined, type: string): T {
  if (!result) throw new Error(`${type}: no answer`);
  if (!result.ok) throw new Error(`${type}: ${result.error}`);
  return result.value;
}

/** Wraps a handler's outcome as a Result so errors cross the message boundary. */
export async function toResult<T>(work: () => T | Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

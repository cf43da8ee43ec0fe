/**
 * The companion's own message contract (shared/companion-messages.ts): asked by extension pages, answered
 * by the background. Apart from browser.ts so that content scripts, which never send these, stay small.
 */
import type { Runtime } from './browser';
import { createDispatch, type Handlers } from '../shared/dispatch';
import { companionChecks, type CompanionRequests } from '../shared/companion-messages';
import type { RequestOf, ResponseOf } from '../shared/messages';
import { ext, listen, unwrap } from './browser';

export async function askCompanion<K extends keyof CompanionRequests>(
  type: K,
  payload: RequestOf<CompanionRequests, K>,
): Promise<ResponseOf<CompanionRequests, K>> {
  return unwrap(await ext.runtime.sendMessage({ type, payload }), type, companionChecks[type].res);
}

export function answerCompanionRequests(handlers: Handlers<CompanionRequests, Runtime.MessageSender>): () => void {
  return listen(createDispatch(companionChecks, handlers));
}

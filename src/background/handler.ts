/** The shape of one background message handler, for handlers kept in their own files. */
import type { Runtime } from '../platform/browser';
import type { Handler } from '../shared/dispatch';
import type { BackgroundRequests } from '../shared/messages';
import type { CompanionRequests } from '../shared/companion-messages';

export type BackgroundHandler<K extends keyof BackgroundRequests> = Handler<
  BackgroundRequests,
  K,
  Runtime.MessageSender
>;

/** A handler of the companion's contract (shared/companion-messages.ts). */
export type CompanionHandler<K extends keyof CompanionRequests> = Handler<CompanionRequests, K, Runtime.MessageSender>;

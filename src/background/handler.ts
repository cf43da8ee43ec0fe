/** The shape of one background message handler, for handlers kept in their own files. */
import type { Runtime } from '../platform/browser';
import type { Handler } from '../shared/dispatch';
import type { BackgroundRequests } from '../shared/messages';

export type BackgroundHandler<K extends keyof BackgroundRequests> = Handler<
  BackgroundRequests,
  K,
  Runtime.MessageSender
>;

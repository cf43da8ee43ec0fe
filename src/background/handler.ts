/** The shape of one background message handler, for handlers kept in their own files. */
import type { Runtime } from '../platform/browser';
import type { BackgroundRequests, RequestOf, ResponseOf } from '../shared/messages';

export type BackgroundHandler<K extends keyof BackgroundRequests> = (
  req: RequestOf<BackgroundRequests, K>,
  sender: Runtime.MessageSender,
) => Promise<ResponseOf<BackgroundRequests, K>>;

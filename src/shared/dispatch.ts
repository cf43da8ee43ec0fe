/**
 * The one way a context answers messages: a handler per message type of a contract (shared/messages.ts),
 * each request checked against the contract's payload check before its handler sees it, each outcome
 * wrapped as a Result so errors reach the caller. src/platform/browser.ts hooks it to runtime.onMessage.
 */
import type { RequestOf, ResponseOf, Result } from './messages';
import type { Check } from './payload-checks';

/** Checks per message type that the request and the answer have the shapes the contract names. */
export type MessageChecks<M> = { [K in keyof M]: { req: Check<RequestOf<M, K>>; res: Check<ResponseOf<M, K>> } };

export type Handler<M, K extends keyof M, Ctx> = (
  req: RequestOf<M, K>,
  ctx: Ctx,
) => ResponseOf<M, K> | Promise<ResponseOf<M, K>>;

/** Handlers for some of a contract's messages (a context may answer its messages from several modules). */
export type Handlers<M, Ctx> = { [K in keyof M]?: Handler<M, K, Ctx> };

/** Answers one message: undefined when it is not one of ours, so another listener may answer it. */
export type Dispatch<Ctx> = (message: unknown, ctx: Ctx) => Promise<Result<unknown>> | undefined;

export function createDispatch<M extends object, Ctx>(
  checks: MessageChecks<M>,
  handlers: Handlers<M, Ctx>,
): Dispatch<Ctx> {
  const answer = <K extends keyof M>(type: K, payload: unknown, ctx: Ctx): Promise<Result<unknown>> | undefined => {
    const handler = handlers[type];
    if (!handler) return undefined;
    const check = checks[type].req;
    return toResult(() => {
      if (!check(payload)) throw new Error(`${String(type)}: malformed request`);
      return handler(payload, ctx);
    });
  };
  return (message, ctx) => {
    if (!isEnvelope(message) || !isKeyOf(checks, message.type)) return undefined;
    return answer(message.type, message.payload, ctx);
  };
}

/** Wraps a handler's outcome as a Result so errors cross the message boundary. */
export async function toResult<T>(work: () => T | Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function isEnvelope(value: unknown): value is { type: string; payload: unknown } {
  return typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string';
}

function isKeyOf<T extends object>(object: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(object, key);
}

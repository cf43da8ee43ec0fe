/**
 * Errors from the content script are logged once, with where they came from, and never reach the page.
 * After an extension update the old script's context is invalidated: that is expected, so it stops quietly.
 */
const logged = new Set<string>();

export function isContextInvalidated(error: unknown): boolean {
  return String(error instanceof Error ? error.message : error).includes('Extension context invalidated');
}

export function logOnce(where: string, error: unknown): void {
  if (isContextInvalidated(error)) return;
  const key = `${where}: ${error instanceof Error ? error.message : String(error)}`;
  if (logged.has(key)) return;
  logged.add(key);
  console.warn(`[Sino-Soviet Notes] ${key}`);
}

/** Wraps a callback so nothing it throws escapes into the page. */
export function guarded<A extends unknown[]>(where: string, fn: (...args: A) => unknown): (...args: A) => void {
  return (...args: A) => {
    try {
      const result = fn(...args);
      if (result instanceof Promise) result.catch((error: unknown) => logOnce(where, error));
    } catch (error) {
      logOnce(where, error);
    }
  };
}

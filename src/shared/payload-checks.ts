/**
 * Small runtime checks for messages: a request or an answer crosses a process boundary as plain data,
 * so the receiving end checks its shape before code sees it typed.
 */
export type Check<T> = (value: unknown) => value is T;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const isString = (value: unknown): value is string => typeof value === 'string';
export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
export const isInteger = (value: unknown): value is number => Number.isInteger(value);

/** One of a fixed list of literals. */
export const oneOf =
  <const T extends readonly (string | number)[]>(values: T): Check<T[number]> =>
  (value: unknown): value is T[number] =>
    values.some((v) => v === value);

/** Passes what any of the checks passes (a union). */
export const anyOf =
  <T extends unknown[]>(...checks: { [I in keyof T]: Check<T[I]> }): Check<T[number]> =>
  (value: unknown): value is T[number] =>
    checks.some((check) => check(value));

export const arrayOf =
  <T>(item: Check<T>): Check<T[]> =>
  (value: unknown): value is T[] =>
    Array.isArray(value) && value.every(item);

/** A record whose listed fields pass their checks (an absent optional field passes; other fields are ignored). */
export function shape<T>(fields: { [K in keyof T]-?: Check<T[K]> }, optional: readonly (keyof T)[] = []): Check<T> {
  return (value: unknown): value is T => {
    if (!isRecord(value)) return false;
    for (const key in fields) {
      if (optional.includes(key) && value[key] === undefined) continue;
      if (!fields[key](value[key])) return false;
    }
    return true;
  };
}

/** A record whose every value passes check (counts per topic and the like). */
export const recordOf =
  <T>(check: Check<T>) =>
  (value: unknown): value is Record<string, T> =>
    isRecord(value) && Object.values(value).every(check);

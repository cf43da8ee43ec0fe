/**
 * Shape check of each data file against data/schema/*.schema.json (JSON Schema 2020-12, ajv),
 * with ajv's errors rewritten as DataError lines that name the entry by its id.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Evidence, Paper, Thesis, Topic } from '../core/kb-types';
import paperSchema from '../../data/schema/paper.schema.json';
import thesesSchema from '../../data/schema/theses.schema.json';
import topicsSchema from '../../data/schema/topics.schema.json';
import evidenceSchema from '../../data/schema/evidence.schema.json';
import { type DataError, type KbFileName, dataFilePath, fieldPath } from './data-error';

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });

export const validators = {
  paper: ajv.compile<Paper>(paperSchema),
  theses: ajv.compile<Thesis[]>(thesesSchema),
  topics: ajv.compile<Topic[]>(topicsSchema),
  evidence: ajv.compile<Evidence[]>(evidenceSchema),
};

/** Runs one validator; returns the typed value, or undefined after pushing its errors. */
export function checkShape<T>(
  name: KbFileName,
  value: unknown,
  validate: ValidateFunction<T>,
  errors: DataError[],
): T | undefined {
  if (validate(value)) return value;
  const seen = new Set<string>();
  for (const e of validate.errors ?? []) {
    const err = toDataError(name, value, e);
    const key = err && `${err.entry}\u0000${err.field}\u0000${err.message}`;
    if (err && key !== undefined && !seen.has(key)) {
      seen.add(key);
      errors.push(err);
    }
  }
  return undefined;
}

const PATTERN_MESSAGES: Record<string, string> = {
  '\\S': 'must be a non-empty string',
  '^\\S(.*\\S)?$': 'must be a non-empty string without leading or trailing spaces',
  '^[a-z0-9]+(-[a-z0-9]+)*$': 'must be a kebab-case id (a-z, 0-9, single hyphens)',
};

function messageFor(e: ErrorObject): string | undefined {
  const p: Record<string, unknown> = e.params;
  switch (e.keyword) {
    case 'if':
      return undefined; // the failing then/else branch reports the real problem
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not a field of this type';
    case 'pattern': {
      const pattern = String(p.pattern);
      if (pattern.startsWith('^[0-9]{4}')) return 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD';
      return PATTERN_MESSAGES[pattern] ?? `must match ${pattern}`;
    }
    case 'type':
      return `must be ${p.type === 'array' || p.type === 'object' || p.type === 'integer' ? 'an' : 'a'} ${String(p.type)}`;
    case 'enum':
      return `must be one of: ${(Array.isArray(p.allowedValues) ? p.allowedValues : []).join(', ')}`;
    case 'uniqueItems':
      return `must not repeat an item (items ${String(p.j)} and ${String(p.i)} are equal)`;
    case 'minItems':
      return `must have at least ${String(p.limit)} item(s)`;
    default:
      return e.message ?? e.keyword;
  }
}

function toDataError(name: KbFileName, data: unknown, e: ErrorObject): DataError | undefined {
  const message = messageFor(e);
  if (message === undefined) return undefined;
  const p: Record<string, unknown> = e.params;
  const segments = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (e.keyword === 'required') segments.push(String(p.missingProperty));
  if (e.keyword === 'additionalProperties') segments.push(String(p.additionalProperty));

  const file = dataFilePath(name);
  if (!Array.isArray(data))
    return { file, entry: name === 'paper' ? 'paper' : '(file)', field: fieldPath(segments), message };
  const [first, ...rest] = segments;
  if (first === undefined) return { file, entry: '(file)', field: '(root)', message };
  return { file, entry: entryName(data, Number(first)), field: fieldPath(rest), message };
}

/** Names an array entry by its id when it has a usable one. */
export function entryName(entries: readonly unknown[], index: number): string {
  const entry: unknown = entries[index];
  if (typeof entry === 'object' && entry !== null && 'id' in entry) {
    const id: unknown = entry.id;
    if (typeof id === 'string' && id.trim() !== '') return id;
  }
  return `#${index}`;
}

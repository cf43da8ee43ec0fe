/**
 * One problem found in data/*.json, located precisely enough to fix by hand:
 * which file, which entry (its id), which field (a dotted path), and what is wrong.
 */

export const KB_FILES = ['paper', 'theses', 'topics', 'evidence'] as const;
export type KbFileName = (typeof KB_FILES)[number];

export interface DataError {
  /** Repo-relative path, e.g. "data/topics.json". */
  file: string;
  /** The entry's id ("mao-zedong"), "paper" for the paper record, "#3" for an entry without an id. */
  entry: string;
  /** Dotted path inside the entry, e.g. "aliases.ru[0]". */
  field: string;
  message: string;
}

export function dataFilePath(name: KbFileName): string {
  return `data/${name}.json`;
}

export function formatDataError(e: DataError): string {
  return `${e.file}: entry "${e.entry}", field "${e.field}": ${e.message}`;
}

/** One line per error, in the order found. */
export function formatDataErrors(errors: readonly DataError[]): string {
  return errors.map(formatDataError).join('\n');
}

/** Joins path segments the way a reader writes them: aliases.ru[0], otherReadings[1].text.en. */
export function fieldPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number' || /^\d+$/.test(s)) out += `[${s}]`;
    else out += out === '' ? s : `.${s}`;
  }
  return out === '' ? '(root)' : out;
}

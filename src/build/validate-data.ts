/**
 * Build-time validation of the knowledge base in data/: shape (JSON Schema via ajv), then
 * cross-file checks. Node only (reads files, loads ajv and opencc-js); never import it from
 * src/content or any other browser code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase } from '../core/kb-types';
import { ALIAS_LANGS, type AliasLang } from '../core/kb-types';
import { type DataError, type KbFileName, KB_FILES, dataFilePath, formatDataErrors } from './data-error';
import { checkShape, validators } from './kb-schema-check';
import { crossCheck } from './kb-cross-check';

export type { DataError, KbFileName } from './data-error';
export { formatDataError, formatDataErrors } from './data-error';

export type KbFiles = Record<KbFileName, unknown>;

/** All problems in the four parsed files; an empty list means the data is good. */
export function validateKnowledgeBase(files: KbFiles): DataError[] {
  return check(files).errors;
}

/** Reads and validates dir/{paper,theses,topics,evidence}.json; throws listing every error. */
export function loadKnowledgeBase(dir: string): KnowledgeBase {
  const errors: DataError[] = [];
  const files: Partial<KbFiles> = {};
  for (const name of KB_FILES) {
    try {
      files[name] = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      errors.push({
        file: dataFilePath(name),
        entry: '(file)',
        field: '(root)',
        message: `cannot be read as JSON: ${reason}`,
      });
    }
  }
  const { kb, errors: found } = check({
    paper: files.paper,
    theses: files.theses,
    topics: files.topics,
    evidence: files.evidence,
  });
  errors.push(...found);
  if (!kb || errors.length > 0) {
    throw new Error(`${errors.length} data error(s) in ${dir}:\n${formatDataErrors(errors)}`);
  }
  return kb;
}

function check(files: KbFiles): { kb?: KnowledgeBase; errors: DataError[] } {
  const errors: DataError[] = [];
  const paper = checkShape('paper', files.paper, validators.paper, errors);
  const theses = checkShape('theses', files.theses, validators.theses, errors);
  const topics = checkShape('topics', files.topics, validators.topics, errors);
  const evidence = checkShape('evidence', files.evidence, validators.evidence, errors);
  errors.push(...crossCheck({ paper, theses, topics, evidence }));
  const complete = paper && theses && topics && evidence;
  return complete && errors.length === 0 ? { kb: { paper, theses, topics, evidence }, errors } : { errors };
}

export interface KbCounts {
  topics: number;
  aliasesPerLang: Record<AliasLang, number>;
  ambiguous: number;
  theses: number;
  evidence: number;
  evidenceVerified: number;
  evidenceSecondary: number;
}

/** Size of the knowledge base, printed by the build. aliasesPerLang counts unambiguous aliases. */
export function countKnowledgeBase(kb: KnowledgeBase): KbCounts {
  const aliasesPerLang: Record<AliasLang, number> = { en: 0, 'zh-Hans': 0, 'zh-Hant': 0, ru: 0 };
  let ambiguous = 0;
  for (const t of kb.topics) {
    for (const lang of ALIAS_LANGS) aliasesPerLang[lang] += t.aliases[lang]?.length ?? 0;
    ambiguous += t.ambiguous?.length ?? 0;
  }
  return {
    topics: kb.topics.length,
    aliasesPerLang,
    ambiguous,
    theses: kb.theses.length,
    evidence: kb.evidence.length,
    evidenceVerified: kb.evidence.filter((e) => e.status === 'verified').length,
    evidenceSecondary: kb.evidence.filter((e) => e.status === 'secondary').length,
  };
}

/**
 * Checks on the reader-facing texts that a schema cannot express: each written language really is
 * that language (an English sentence pasted into "ru" fails the build, it does not ship as Russian),
 * and each follows its typography: Chinese with corner quotes 「」 and full-width punctuation,
 * Russian with «ёлочки».
 */
import type { KnowledgeBase } from '../core/kb-types';
import { type DataError, dataFilePath, fieldPath } from './data-error';
import { localTexts } from './local-texts';

const HAN = /\p{sc=Han}/u;
const CYRILLIC = /\p{sc=Cyrillic}/u;
/** ASCII punctuation touching a Han character: Chinese text writes ，；：！？ instead. */
const HALF_WIDTH_BY_HAN = /\p{sc=Han}[,;:!?]|[,;:!?]\p{sc=Han}/u;
/** A Latin letter touching a Cyrillic one: a look-alike typed in the wrong layout (Тielieketi). */
const MIXED_SCRIPT = /\p{sc=Latin}\p{sc=Cyrillic}|\p{sc=Cyrillic}\p{sc=Latin}/u;

export function checkTexts(parts: Partial<KnowledgeBase>): DataError[] {
  const errors: DataError[] = [];
  for (const { file, entry, field, text } of localTexts(parts)) {
    const push = (lang: string, message: string) =>
      errors.push({ file: dataFilePath(file), entry, field: fieldPath([...field, lang]), message });
    const zh = text['zh-Hans'];
    const ru = text.ru;
    if (!HAN.test(zh)) push('zh-Hans', 'must be Chinese text (no Chinese character found): a translation is missing');
    if (zh.includes('"')) push('zh-Hans', 'must quote with 「」 (or “”), not ASCII "');
    if (HALF_WIDTH_BY_HAN.test(zh)) push('zh-Hans', 'must use full-width punctuation (，；：！？) in Chinese text');
    if (!CYRILLIC.test(ru)) push('ru', 'must be Russian text (no Cyrillic letter found): a translation is missing');
    if (ru.includes('"')) push('ru', 'must quote with «ёлочки» (and „лапки“ inside), not ASCII "');
    for (const lang of ['en', 'ru'] as const)
      if (MIXED_SCRIPT.test(text[lang])) push(lang, 'mixes Latin and Cyrillic letters in one word');
  }
  return errors;
}

/**
 * Alias rules. Every highlight on an unrelated page is a bug, and an alias claimed by two topics
 * is a highlight with two meanings, so:
 *  - an alias (compared by aliasKey) belongs to one topic, unless every topic lists it as ambiguous;
 *  - a topic does not list the same alias twice in one language, nor as both plain and ambiguous;
 *  - a "never" phrase must contain its ambiguous alias, or it can never apply;
 *  - people, treaties and documents can be found in every language (documents in Russian only
 *    when a Russian name is known, i.e. label.ru is set).
 */
import { ALIAS_LANGS, type AliasLang, type Topic } from '../core/kb-types';
import { type DataError, dataFilePath, fieldPath } from './data-error';
import { aliasKey } from './alias-key';

interface Claim {
  topic: string;
  field: (string | number)[];
  text: string;
  ambiguous: boolean;
}

export function checkAliases(topics: readonly Topic[]): DataError[] {
  const errors: DataError[] = [];
  const push = (entry: string, field: (string | number)[], message: string): void => {
    errors.push({ file: dataFilePath('topics'), entry, field: fieldPath(field), message });
  };

  const claims = new Map<string, Claim[]>();
  const claim = (key: string, c: Claim): void => {
    const list = claims.get(key);
    if (list) list.push(c);
    else claims.set(key, [c]);
  };

  for (const t of topics) {
    const own = new Map<string, string>(); // key → "lang" or "ambiguous", within this topic
    for (const lang of ALIAS_LANGS) {
      (t.aliases[lang] ?? []).forEach((text, i) => {
        const key = aliasKey(text);
        const field = ['aliases', lang, i];
        if (own.get(key) === lang)
          push(
            t.id,
            field,
            `"${text}" repeats another ${lang} alias once case, tones, dashes and Traditional/Simplified are ignored`,
          );
        own.set(key, lang);
        claim(key, { topic: t.id, field, text, ambiguous: false });
      });
    }
    (t.ambiguous ?? []).forEach((a, i) => {
      const key = aliasKey(a.text);
      if (own.has(key))
        push(t.id, ['ambiguous', i, 'text'], `"${a.text}" is also listed as a plain alias of this topic`);
      own.set(key, 'ambiguous');
      claim(key, { topic: t.id, field: ['ambiguous', i, 'text'], text: a.text, ambiguous: true });
      (a.never ?? []).forEach((phrase, j) => {
        if (!aliasKey(phrase).includes(key))
          push(t.id, ['ambiguous', i, 'never', j], `"${phrase}" does not contain "${a.text}", so it can never apply`);
      });
    });
    requireLanguages(t, push);
  }

  for (const list of claims.values()) {
    const owners = new Set(list.map((c) => c.topic));
    if (owners.size < 2 || list.every((c) => c.ambiguous)) continue;
    for (const c of list) {
      const others = list.filter((o) => o.topic !== c.topic).map((o) => `"${o.topic}" (${fieldPath(o.field)})`);
      if (others.length > 0) {
        push(
          c.topic,
          c.field,
          `"${c.text}" is also claimed by topic ${others.join(', ')}; keep it in one topic, or mark it ambiguous in all`,
        );
      }
    }
  }
  return errors;
}

function requiredLanguages(t: Topic): readonly AliasLang[] {
  if (t.kind === 'person' || t.kind === 'treaty') return ALIAS_LANGS;
  if (t.kind === 'document') return t.label.ru ? ALIAS_LANGS : ['en', 'zh-Hans', 'zh-Hant'];
  return [];
}

function requireLanguages(t: Topic, push: (entry: string, field: (string | number)[], message: string) => void): void {
  for (const lang of requiredLanguages(t)) {
    if ((t.aliases[lang] ?? []).length === 0) {
      push(t.id, ['aliases', lang], `a ${t.kind} needs at least one unambiguous ${lang} alias`);
    }
  }
}

/**
 * THE RULE for ambiguous aliases ("Molotov", "Mao", "Port Arthur"…): an ambiguous mention is
 * kept only when the same document also has at least one unambiguous mention (of any
 * topic). A page that says "Molotov" and nothing else Sino-Soviet is about something
 * else; a page that also says "Stalin" or "毛泽东" is about this history. `never` phrases
 * ("Molotov cocktail") never get here: the matcher drops them. See docs/matching.md.
 */

interface MaybeAmbiguous {
  ambiguous: boolean;
}

/** Whether the list holds at least one unambiguous mention. */
export const hasUnambiguous = (mentions: readonly MaybeAmbiguous[]): boolean => mentions.some((m) => !m.ambiguous);

/**
 * Apply the rule given what is known about the whole document: callers that see only part
 * of it (one text run) pass whether the document has an unambiguous mention elsewhere.
 */
export function gateAmbiguous<T extends MaybeAmbiguous>(mentions: readonly T[], documentHasUnambiguous: boolean): T[] {
  return documentHasUnambiguous ? [...mentions] : mentions.filter((m) => !m.ambiguous);
}

/** Apply the rule to ALL of a document's mentions (Candidates or DOM mentions). */
export function keepAmbiguous<T extends MaybeAmbiguous>(mentions: readonly T[]): T[] {
  return gateAmbiguous(mentions, hasUnambiguous(mentions));
}

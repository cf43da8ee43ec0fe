/**
 * THE RULE for ambiguous aliases ("Molotov", "Mao", "Port Arthur", "珍宝岛"…). An ambiguous mention
 * is kept when the text around it (its own block and the blocks beside it) holds a cue word of its
 * topic (苏军, 乌苏里江 for 珍宝岛); it is refused when that text holds a `never` phrase of the
 * topic (珍宝岛药业) and no cue word; otherwise it is kept when a year of the topic's period is
 * near, when the document has an unambiguous mention of any topic, or when another mention of
 * the same topic on the page is kept by its own surroundings. A page that says "Molotov" and
 * nothing else Sino-Soviet is about something else. `never` phrases that contain the mention
 * ("Molotov cocktail") never get here: the matcher drops them. See docs/matching.md.
 */
import type { NearEvidence } from './matcher-types';

interface MaybeAmbiguous {
  ambiguous: boolean;
}

/** A mention with what its surroundings say about it (absent: nothing was looked at). */
export interface GateMention extends MaybeAmbiguous {
  topic: string;
  near?: NearVerdict;
}

/** What the text around one ambiguous mention says about its own topic. */
export type NearVerdict = 'cue' | 'year' | 'veto' | 'year-veto' | 'none';

/** The verdict for one topic from the evidence near its mention. */
export function verdictFor(topic: string, near: NearEvidence): NearVerdict {
  if (near.cue.has(topic)) return 'cue';
  const year = near.year.has(topic);
  const veto = near.veto.has(topic);
  return year && veto ? 'year-veto' : year ? 'year' : veto ? 'veto' : 'none';
}

/** Whether the list holds at least one unambiguous mention. */
export const hasUnambiguous = (mentions: readonly MaybeAmbiguous[]): boolean => mentions.some((m) => !m.ambiguous);

/** Whether its surroundings alone keep an ambiguous mention, whatever the rest of the document says. */
export const confirmsItself = (near: NearVerdict | undefined): boolean => near === 'cue' || near === 'year';
const confirmedHere = (m: GateMention): boolean => confirmsItself(m.near);
const refusedHere = (m: GateMention): boolean => m.near === 'veto' || m.near === 'year-veto';

/**
 * Apply the rule given what is known about the whole document: callers that see only part
 * of it pass whether the document has an unambiguous mention elsewhere, and which topics have an
 * ambiguous mention confirmed by its own surroundings elsewhere.
 */
export function gateAmbiguous<T extends MaybeAmbiguous & Partial<GateMention>>(
  mentions: readonly T[],
  documentHasUnambiguous: boolean,
  confirmedTopics: ReadonlySet<string> = new Set(),
): T[] {
  return mentions.filter((m) => {
    if (!m.ambiguous) return true;
    const g = m as Partial<GateMention>;
    if (g.near === 'cue') return true;
    if (g.near && refusedHere(g as GateMention)) return false;
    return g.near === 'year' || documentHasUnambiguous || (g.topic !== undefined && confirmedTopics.has(g.topic));
  });
}

/** Topics with an ambiguous mention that its own surroundings confirm. */
export function topicsConfirmedNear(mentions: readonly Partial<GateMention>[]): Set<string> {
  return new Set(
    mentions.filter((m) => m.topic !== undefined && confirmedHere(m as GateMention)).map((m) => m.topic ?? ''),
  );
}

/** Apply the rule to ALL of a document's mentions (Candidates or DOM mentions). */
export function keepAmbiguous<T extends MaybeAmbiguous & Partial<GateMention>>(mentions: readonly T[]): T[] {
  return gateAmbiguous(mentions, hasUnambiguous(mentions), topicsConfirmedNear(mentions));
}

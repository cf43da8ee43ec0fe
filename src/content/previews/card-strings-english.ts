/**
 * The card's words in English, what tests render with (the card itself gets its words with its content,
 * in the reader's language). "{0}" and "{1}" are filled in by the card view.
 */
import type { CardStrings } from '../../core/card-strings';

export type { CardStrings };

export const ENGLISH_CARD_STRINGS: CardStrings = {
  paperArgues: '{0} argues (paraphrase of the abstract)',
  background: 'Background (not a claim of the paper)',
  evidence: 'Evidence nearest this passage',
  verified: 'verified',
  secondary: 'secondary source',
  verifiedHelp:
    'Verified: checked in the document itself (in a named collection) or in a scholarly edition or monograph cited with author, title and page or document number.',
  secondaryHelp:
    'Secondary source: rests on Wikipedia, a web history, a press report or a citation without a page or document number.',
  more: 'More',
  openPanel: 'Open in side panel',
  addNote: 'Add note',
  close: 'Close',
  unavailable: 'No notes for this topic.',
  reasonDate: 'This paragraph is about {0}.',
  reasonDateHeading: 'This section is about {0}.',
  reasonTopic: 'This paragraph names {0}.',
  reasonTerm: 'This paragraph speaks of “{0}”.',
  notAddressed: "The paper's abstract does not address what this passage is about.",
  morePoint: '{0} more point the paper makes about {1}',
  morePoints: '{0} more points the paper makes about {1}',
};

/** Fills "{0}", "{1}" … with values, as text (the values are data, never markup). */
export function fill(template: string, ...values: (string | number)[]): string {
  return template.replace(/\{(\d)\}/g, (whole, i: string) => String(values[Number(i)] ?? whole));
}

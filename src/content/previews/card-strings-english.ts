/**
 * The card's words in English: what _locales does not give (and what tests render with). No browser
 * API here, so tests can import it. "{0}" and "{1}" are filled in by the card view.
 */
export interface CardStrings {
  /** {0}: the paper, "XU Hao (2022)". */
  paperArgues: string;
  background: string;
  evidence: string;
  verified: string;
  secondary: string;
  /** What each status word means (docs/sources.md), shown as the status's tooltip. */
  verifiedHelp: string;
  secondaryHelp: string;
  more: string;
  openPanel: string;
  close: string;
  unavailable: string;
  /** {0}: a date as the passage writes it. */
  reasonDate: string;
  reasonDateHeading: string;
  /** {0}: a topic's label. */
  reasonTopic: string;
  /** {0}: a key term as the data writes it. */
  reasonTerm: string;
  notAddressed: string;
  /** {0}: how many, {1}: the topic. */
  morePoint: string;
  morePoints: string;
}

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

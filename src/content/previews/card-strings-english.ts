/**
 * The card's words in English: what _locales does not give (and what tests render with). No browser
 * API here, so tests can import it.
 */
export interface CardStrings {
  paperArgues: string;
  background: string;
  evidence: string;
  verified: string;
  secondary: string;
  /** What each status word means (docs/sources.md), shown as the status's tooltip. */
  verifiedHelp: string;
  secondaryHelp: string;
  more: string;
  close: string;
  unavailable: string;
}

export const ENGLISH_CARD_STRINGS: CardStrings = {
  paperArgues: 'The paper argues (paraphrase of its abstract)',
  background: 'Background (not a claim of the paper)',
  evidence: 'Strongest evidence',
  verified: 'verified',
  secondary: 'secondary source',
  verifiedHelp:
    'Verified: checked in the document itself (in a named collection) or in a scholarly edition or monograph cited with author, title and page or document number.',
  secondaryHelp:
    'Secondary source: rests on Wikipedia, a web history, a press report or a citation without a page or document number.',
  more: 'More',
  close: 'Close',
  unavailable: 'No notes for this topic.',
};

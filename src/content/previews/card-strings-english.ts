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
  more: 'More',
  close: 'Close',
  unavailable: 'No notes for this topic.',
};

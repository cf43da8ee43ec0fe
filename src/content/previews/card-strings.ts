/** The card's own words, from _locales (the browser's UI language), read once when a card is first built. */
import { ext } from '../../platform/browser';

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

const FALLBACK: CardStrings = {
  paperArgues: 'The paper argues (paraphrase of its abstract)',
  background: 'Background (not a claim of the paper)',
  evidence: 'Strongest evidence',
  verified: 'verified',
  secondary: 'secondary source',
  more: 'More',
  close: 'Close',
  unavailable: 'No notes for this topic.',
};

const KEYS: Record<keyof CardStrings, string> = {
  paperArgues: 'previewPaperArgues',
  background: 'previewBackground',
  evidence: 'previewEvidence',
  verified: 'previewVerified',
  secondary: 'previewSecondary',
  more: 'previewMore',
  close: 'previewClose',
  unavailable: 'previewUnavailable',
};

let strings: CardStrings | null = null;

export function cardStrings(): CardStrings {
  if (strings) return strings;
  const read = (key: keyof CardStrings): string => {
    try {
      return ext.i18n.getMessage(KEYS[key]) || FALLBACK[key];
    } catch {
      return FALLBACK[key];
    }
  };
  strings = Object.fromEntries(Object.keys(KEYS).map((k) => [k, read(k as keyof CardStrings)])) as unknown as CardStrings;
  return strings;
}

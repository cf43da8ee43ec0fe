/** The card's own words, from _locales (the browser's UI language), read once when a card is first built. */
import { ext } from '../../platform/browser';
import { ENGLISH_CARD_STRINGS as FALLBACK, type CardStrings } from './card-strings-english';

export { fill, type CardStrings } from './card-strings-english';

const KEYS: Record<keyof CardStrings, string> = {
  paperArgues: 'previewPaperArgues',
  background: 'previewBackground',
  evidence: 'previewEvidence',
  verified: 'previewVerified',
  secondary: 'previewSecondary',
  verifiedHelp: 'previewVerifiedHelp',
  secondaryHelp: 'previewSecondaryHelp',
  more: 'previewMore',
  openPanel: 'openInSidePanel',
  close: 'previewClose',
  unavailable: 'previewUnavailable',
  reasonDate: 'previewReasonDate',
  reasonDateHeading: 'previewReasonDateHeading',
  reasonTopic: 'previewReasonTopic',
  reasonTerm: 'previewReasonTerm',
  notAddressed: 'previewNotAddressed',
  morePoint: 'previewMorePoint',
  morePoints: 'previewMorePoints',
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
  strings = Object.fromEntries(
    Object.keys(KEYS).map((k) => [k, read(k as keyof CardStrings)]),
  ) as unknown as CardStrings;
  return strings;
}

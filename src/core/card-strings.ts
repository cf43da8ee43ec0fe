/**
 * The card's own words. The background looks them up in the reader's language and sends them with
 * the card, so the content script carries no messages and follows the options page's language too.
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
  /** "Open in side panel". */
  openPanel: string;
  addNote: string;
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

/** Each card string's key in static/_locales. */
export const CARD_STRING_KEYS = {
  paperArgues: 'previewPaperArgues',
  background: 'previewBackground',
  evidence: 'previewEvidence',
  verified: 'previewVerified',
  secondary: 'previewSecondary',
  verifiedHelp: 'previewVerifiedHelp',
  secondaryHelp: 'previewSecondaryHelp',
  more: 'previewMore',
  openPanel: 'openInSidePanel',
  addNote: 'previewAddNote',
  close: 'previewClose',
  unavailable: 'previewUnavailable',
  reasonDate: 'previewReasonDate',
  reasonDateHeading: 'previewReasonDateHeading',
  reasonTopic: 'previewReasonTopic',
  reasonTerm: 'previewReasonTerm',
  notAddressed: 'previewNotAddressed',
  morePoint: 'previewMorePoint',
  morePoints: 'previewMorePoints',
} as const satisfies Record<keyof CardStrings, string>;

export function cardStringsFrom(message: (key: (typeof CARD_STRING_KEYS)[keyof CardStrings]) => string): CardStrings {
  const strings: Partial<CardStrings> = {};
  for (const k of Object.keys(CARD_STRING_KEYS) as (keyof CardStrings)[]) strings[k] = message(CARD_STRING_KEYS[k]);
  return strings as CardStrings;
}

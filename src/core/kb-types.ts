/**
 * The knowledge-base model: the shape of everything in data/*.json.
 * data/schema/*.schema.json validates the same shape at build time; keep both in step.
 */

/** The languages a reader may read data/ text in. */
export const TEXT_LANGS = ['en', 'zh-Hans', 'zh-Hant', 'ru'] as const;
export type TextLang = (typeof TEXT_LANGS)[number];

/** The languages data/ is written in; zh-Hant is converted from zh-Hans at build time (src/build/traditional-text.ts). */
export const WRITTEN_LANGS = ['en', 'zh-Hans', 'ru'] as const;

/**
 * A reader-facing text from data/. en, zh-Hans and ru are written (the build fails on a missing one);
 * zh-Hant is filled in by the build, so it is absent only in a knowledge base that did not go through it.
 */
export interface LocalText {
  en: string;
  'zh-Hans': string;
  ru: string;
  'zh-Hant'?: string;
}

export type AliasLang = 'en' | 'zh-Hans' | 'zh-Hant' | 'ru';
export const ALIAS_LANGS: readonly AliasLang[] = ['en', 'zh-Hans', 'zh-Hant', 'ru'];

export type TopicKind = 'person' | 'treaty' | 'document' | 'event' | 'place' | 'concept';

/** How an ambiguous alias may be highlighted (see docs/matching.md for the rule). */
export interface AmbiguousAlias {
  text: string;
  lang: AliasLang;
  /** Why it is ambiguous, for maintainers (e.g. "also a city in Texas"). */
  why: string;
  /** Longer phrases containing the alias that are never this topic ("Molotov cocktail"). */
  never?: string[];
}

export interface Topic {
  id: string;
  kind: TopicKind;
  label: { en: string; 'zh-Hans': string; 'zh-Hant': string; ru: string };
  /** When the person lived, or the treaty, document or event happened (ISO, partial allowed). */
  dates?: { from: string; to?: string };
  /** Unambiguous names as real pages write them, per language (label included or not: both fine). */
  aliases: Partial<Record<AliasLang, string[]>>;
  ambiguous?: AmbiguousAlias[];
  /**
   * Words that, in the block of an ambiguous mention or the blocks beside it, say it is this topic
   * (苏军, 乌苏里江 for 珍宝岛). Any script; a Chinese cue matches Simplified and Traditional alike.
   * Only for topics with ambiguous aliases (see ambiguity.ts).
   */
  cues?: string[];
  /** One or two dated sentences. */
  summary: LocalText;
  /** Thesis ids this topic bears on directly. */
  theses: string[];
  /** For context-only topics (no thesis): how the topic bears on the paper's argument. */
  bearing?: LocalText;
  related: string[];
}

export interface Thesis {
  id: string;
  /** Short title, e.g. "The 1939 pact interviews". */
  title: LocalText;
  /** Sentence in the (English) abstract this thesis paraphrases, as a locator (e.g. "Abstract, sentence 5"). */
  abstractLocator: LocalText;
  /** What the paper argues (paraphrase of the abstract). */
  paper: LocalText;
  /** The view the paper argues against, as the abstract frames it. */
  rejects?: LocalText;
  evidence: string[];
  /** Where the record or scholars complicate the paper. */
  otherReadings: OtherReading[];
  topics: string[];
  /** When the events this thesis is about happened (ISO, partial allowed): a passage dated inside points here. */
  periods: Period[];
  /** Words a passage about this thesis tends to use, per language; matched folded, Russian words by prefix. */
  keyTerms: KeyTerms;
}

export interface Period {
  from: string;
  to: string;
}

/** Traditional Chinese spellings are derived from zh-Hans at build time (src/build/key-terms.ts). */
export interface KeyTerms {
  en: string[];
  'zh-Hans': string[];
  ru: string[];
  /** Derived at build time from zh-Hans (never written in data/). */
  'zh-Hant'?: string[];
}

export interface OtherReading {
  text: LocalText;
  /** Who holds it / where it is documented (a real, checkable reference). */
  source: string;
  /** The same references, structured; any with a url can be opened by the reader. */
  sources?: SourceRef[];
  evidence?: string[];
}

/**
 * What a cited source is (docs/sources.md): the document itself in a named collection, a scholarly
 * edition of documents or a monograph, a scholarly article, the press, or the web (Wikipedia, web histories).
 */
export type SourceType = 'document' | 'edition' | 'monograph' | 'article' | 'press' | 'web';

/** One cited source, structured so the build can tell whether it can carry "verified". */
export interface SourceRef {
  title: string;
  /** Author or editor (a person or an institution), as the work names them. */
  author?: string;
  type: SourceType;
  /** The named collection, archive series, journal or newspaper that holds the text. */
  collection?: string;
  /** Page or page range in that edition, as printed. */
  page?: string;
  /** Document number or archival reference in the collection. */
  doc?: string;
  /** Only an address seen to lead to this very document; never built from a pattern. */
  url?: string;
}

export type EvidenceKind =
  'treaty' | 'document' | 'conversation record' | 'telegram' | 'speech' | 'article' | 'memoir' | 'event';

/** A language an evidence item's original title is written in (BCP 47 primary tag). */
export type OriginalLang = 'zh' | 'ru' | 'ro' | 'de' | 'en';

/** The title in each reader language, and, where known, as the document itself is titled. */
export interface EvidenceTitle extends LocalText {
  /** The original title(s); left out where the original wording is not known to us, never guessed. */
  original?: { text: string; lang: OriginalLang }[];
}

export interface Evidence {
  id: string;
  /** ISO 8601, partial allowed: 1958, 1958-07, 1958-07-22. */
  date: string;
  /** Optional end of a span (ISO, partial allowed). */
  dateEnd?: string;
  kind: EvidenceKind;
  title: EvidenceTitle;
  shows: LocalText;
  /** A real, checkable citation: collection and volume, archive record, treaty text, memoir. */
  source: string;
  /** The same citation, structured; required for "verified" (docs/sources.md, checked by the build). */
  sources?: SourceRef[];
  /** verified: the document itself or an edition/monograph with a page or document number; else secondary. */
  status: 'verified' | 'secondary';
  topics: string[];
}

/** A bibliographic field we may not know: recorded as unknown, never guessed. */
export type Known<T> = { known: true; value: T } | { known: false; note?: LocalText };

/** A name or title as printed in Chinese and in English; pinyin where a citation style romanizes it. */
export interface PrintedText {
  en: string;
  zh: string;
  pinyin?: string;
}

/**
 * The seed paper's bibliographic record (data/paper.json), from the one journal-index record found.
 * Fields that record does not give (volume, DOI) stay Known<…> with known: false.
 */
export interface Paper {
  title: PrintedText & { pinyin: string };
  /** en as printed in the journal: family name in capitals ("XU Hao"); zh: 许浩. */
  /** ru: the name in Russian (Palladius) transcription, for Russian readers. */
  author: { en: string; zh: string; ru: string };
  affiliation: { en: string; zh: string };
  keywords: string[];
  journal: PrintedText & { pinyin: string };
  year: number;
  volume: Known<string>;
  issue: string;
  pages: { first: number; last: number };
  doi: Known<string>;
  funding: { funder: LocalText; code: string }[];
  /** Where the bibliographic fields come from: the journal-index page, as the record gives it. */
  record: { note: LocalText; url: string };
  /** Where our knowledge of the paper's argument comes from. */
  basis: LocalText;
}

export interface KnowledgeBase {
  paper: Paper;
  theses: Thesis[];
  topics: Topic[];
  evidence: Evidence[];
}

/**
 * Everyday words the prefilter never takes as an alias's fragment: as fragments they would wake the
 * full patterns on most pages. Derived by scripts/tune-prefilter-words.mjs on the tuning half of the
 * corpus only (tests/browser/corpus-split.mjs); edit by rerunning it, not by hand.
 */
export interface EverydayWords {
  /** Latin words, folded (lower case, no accents). */
  en: ReadonlySet<string>;
  /** Russian stems: a folded word starting with one is everyday. */
  ruStems: readonly string[];
}

// GENERATED BELOW by scripts/tune-prefilter-words.mjs
const EN =
  'with from between inter pact agreement accord operation relations interests equal china chinese ' +
  'russian korea korean mongolia national party parties international government foreign central ' +
  'conference meeting declaration statement letter reporters correspondent correspondents interview ' +
  'debate incident port base fleet joint radio station eastern news daily great cult consequences ' +
  'father side policy leaning headed situation secret speech august october november line technology ' +
  'technical defense resist america storm operation volunteers projects airport';
const RU = '';

export const EVERYDAY_WORDS: EverydayWords = {
  en: new Set(EN.split(' ').filter(Boolean)),
  ruStems: RU.split(' ').filter(Boolean),
};

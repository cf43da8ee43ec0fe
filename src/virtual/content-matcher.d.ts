// 'ssn:content-matcher': the matcher as content.js carries it (matcher-shipped.ts): the prefilter
// packed, the full patterns and cues deflated. Served by build.mjs like 'ssn:compiled-matcher'.
import type { ShippedMatcher } from '../core/matcher-shipped';

declare const shipped: ShippedMatcher;
export default shipped;

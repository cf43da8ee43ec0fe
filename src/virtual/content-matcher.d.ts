// 'ssn:content-matcher': the matcher as content.js carries it (matcher-shipped.ts): the prefilter
// packed; the background keeps the rest ('ssn:matcher-body'). Served by build.mjs like 'ssn:compiled-matcher'.
import type { ShippedMatcher } from '../core/matcher-shipped';

declare const shipped: ShippedMatcher;
export default shipped;

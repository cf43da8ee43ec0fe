// 'ssn:matcher-body': the matcher's groups, topics and cues (matcher-shipped.ts), which the background
// keeps and sends to a frame on its first prefilter hit. Served by build.mjs like 'ssn:compiled-matcher'.
import type { MatcherBody } from '../core/matcher-shipped';

declare const body: MatcherBody;
export default body;

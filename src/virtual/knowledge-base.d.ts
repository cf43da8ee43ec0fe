// 'ssn:knowledge-base': the validated data/ as build.mjs bundles it (see compiled-matcher.d.ts).
import type { KnowledgeBase } from '../core/kb-types';

declare const kb: KnowledgeBase;
export default kb;

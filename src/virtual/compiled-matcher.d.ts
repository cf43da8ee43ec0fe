// 'ssn:compiled-matcher': the matcher build.mjs compiles from the validated data/ (a virtual module of
// the esbuild build; tsconfig.json "paths" points the type checker here). The popup imports only zhFold,
// the Chinese variant map: esbuild's JSON loader tree-shakes the rest out of its bundle.
import type { CompiledMatcher } from '../core/matcher-types';

declare const compiled: CompiledMatcher;
export default compiled;
export declare const zhFold: CompiledMatcher['zhFold'];
export declare const topics: CompiledMatcher['topics'];

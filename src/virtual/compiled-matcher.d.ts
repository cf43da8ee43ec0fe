// 'ssn:compiled-matcher': the matcher build.mjs compiles from the validated data/, packed (a virtual
// module of the esbuild build; tsconfig.json "paths" points the type checker here). The popup imports
// only zhFold, the Chinese variant map: esbuild's JSON loader tree-shakes the rest out of its bundle.
import type { PackedMatcher } from '../core/matcher-pack';

declare const compiled: PackedMatcher;
export default compiled;
export declare const zhFold: PackedMatcher['zhFold'];
export declare const topics: PackedMatcher['topics'];

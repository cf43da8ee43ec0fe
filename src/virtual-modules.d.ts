// Virtual modules written by build.mjs from the validated data/.
declare module 'ssn:compiled-matcher' {
  import type { CompiledMatcher } from '../core/matcher-compile';
  const compiled: CompiledMatcher;
  export default compiled;
}
declare module 'ssn:knowledge-base' {
  import type { KnowledgeBase } from '../core/kb-types';
  const kb: KnowledgeBase;
  export default kb;
}
declare module 'ssn:lookup-pinyin' {
  const table: Record<string, string>;
  export default table;
}

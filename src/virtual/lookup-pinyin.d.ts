// 'ssn:lookup-pinyin': pinyin of every Chinese alias, built by build.mjs (see compiled-matcher.d.ts).
declare const table: Record<string, string>;
export default table;

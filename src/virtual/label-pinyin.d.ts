// 'ssn:label-pinyin': topic id → toned pinyin of its Simplified label, built by build.mjs (card headers).
declare const table: Record<string, string>;
export default table;

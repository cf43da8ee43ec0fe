/**
 * Toneless pinyin for lookup keys ("珍宝岛" → "zhenbaodao"). pinyin-pro weighs about 450 KB and cost
 * the popup 15–20 ms before its first frame, so the popup ships only a table of the Chinese names
 * in data/, made by the build (src/build/pinyin-table.ts) as the module 'ssn:lookup-pinyin'.
 */
export type Romanize = (zhHans: string) => string[];

export function tableRomanizer(table: Readonly<Record<string, string>>): Romanize {
  return (text) => {
    const roman = table[text];
    return roman ? [roman] : [];
  };
}

/**
 * Toneless pinyin for lookup keys ("珍宝岛" → "zhenbaodao"). pinyin-pro weighs about 450 KB and cost
 * the popup 15–20 ms before its first frame, so the popup ships only a table of the Chinese names
 * in data/, written by scripts/popup-pinyin.mjs with pinyin-pro (tests/unit/popup/pinyin-table.test.ts
 * fails when data/ has a name the table lacks).
 */
export type Romanize = (zhHans: string) => string[];

export function tableRomanizer(table: Readonly<Record<string, string>>): Romanize {
  return (text) => {
    const roman = table[text];
    return roman ? [roman] : [];
  };
}

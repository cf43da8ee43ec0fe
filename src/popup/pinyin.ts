/**
 * Toneless pinyin for lookup keys ("珍宝岛" → "zhenbaodao"). pinyin-pro is large (about 450 KB), so it
 * is imported only when lookup first needs it, after the popup has drawn its first frame.
 */
export type Romanize = (zhHans: string) => string[];

let loading: Promise<Romanize> | null = null;

export function loadRomanizer(): Promise<Romanize> {
  loading ??= import('pinyin-pro').then(({ pinyin }) => (text: string) => [
    pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(''),
  ]);
  return loading;
}

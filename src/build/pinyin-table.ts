/**
 * Toneless pinyin of every Simplified Chinese name in the data, for the popup's lookup ("zhenbaodao"
 * finds 珍宝岛). Made at build time with pinyin-pro, which is too heavy (~450 KB) to ship in the popup.
 */
import { customPinyin, pinyin } from 'pinyin-pro';
import type { Topic } from '../core/kb-types';

// Polyphones pinyin-pro reads wrongly in these names (交恶 is jiāo'è, "fall out", not jiāowù).
customPinyin({ 交恶: 'jiāo è' });

export function chineseNames(topics: readonly Pick<Topic, 'label' | 'aliases'>[]): string[] {
  return [...new Set(topics.flatMap((t) => [t.label['zh-Hans'], ...(t.aliases['zh-Hans'] ?? [])]))].sort();
}

export function romanize(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('');
}

export function pinyinTable(topics: readonly Pick<Topic, 'label' | 'aliases'>[]): Record<string, string> {
  return Object.fromEntries(chineseNames(topics).map((name) => [name, romanize(name)]));
}

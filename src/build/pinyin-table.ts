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

/** Labels longer than this are descriptions ("中苏关于中长铁路…的协定"), not names a reader would sound out. */
const NAME_MAX_CHARS = 6;

/**
 * Toned pinyin of each topic's Simplified label, for the card's header (毛泽东 · Мао Цзэдун · Máo Zédōng).
 * Where the English label is the same name in pinyin ("Mao Zedong", "Zhou Enlai"), its word breaks and
 * capitals are kept: "Máo Zédōng". Otherwise syllables are spaced, as pop-up dictionaries print them.
 */
export function labelPinyinTable(topics: readonly Pick<Topic, 'id' | 'label'>[]): Record<string, string> {
  const table: Record<string, string> = {};
  for (const topic of topics) {
    const zh = topic.label['zh-Hans'];
    if (!/^\p{Script=Han}+$/u.test(zh) || [...zh].length > NAME_MAX_CHARS) continue;
    const syllables = pinyin(zh, { type: 'array' });
    table[topic.id] = asNamed(syllables, topic.label.en) ?? syllables.join(' ');
  }
  return table;
}

/** The syllables grouped and capitalised as `english` writes them, when it is their toneless spelling. */
function asNamed(syllables: readonly string[], english: string): string | null {
  const words = english.split(/\s+/);
  const plain = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ü/g, 'v').toLowerCase();
  if (words.join('').toLowerCase() !== syllables.map(plain).join('')) return null;
  const out: string[] = [];
  let next = 0;
  for (const word of words) {
    let spelled = '';
    let toned = '';
    while (spelled.length < word.length && next < syllables.length) {
      const syllable = syllables[next++] ?? '';
      spelled += plain(syllable);
      toned += syllable;
    }
    if (spelled !== word.toLowerCase()) return null;
    out.push(/^\p{Lu}/u.test(word) ? toned.charAt(0).toUpperCase() + toned.slice(1) : toned);
  }
  return out.join(' ');
}

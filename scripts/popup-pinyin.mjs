// Writes src/popup/pinyin-table.json: toneless pinyin of every Simplified Chinese label and alias in
// data/topics.json, so the popup's lookup finds "zhenbaodao" without shipping pinyin-pro (about 450 KB).
// Run after changing Chinese names in data/: node scripts/popup-pinyin.mjs
// (tests/unit/popup/pinyin-table.test.ts fails while the table lacks a name.)
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The Chinese names lookup romanises: each topic's Simplified label and aliases. */
export function chineseNames(topics) {
  return [...new Set(topics.flatMap((t) => [t.label['zh-Hans'], ...(t.aliases['zh-Hans'] ?? [])]))].sort();
}

export function romanize(text) {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('');
}

export function pinyinTable(topics) {
  return Object.fromEntries(chineseNames(topics).map((name) => [name, romanize(name)]));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const topics = JSON.parse(await readFile(join(root, 'data', 'topics.json'), 'utf8'));
  const table = pinyinTable(topics);
  await writeFile(join(root, 'src', 'popup', 'pinyin-table.json'), `${JSON.stringify(table, null, 2)}\n`);
  console.log(`src/popup/pinyin-table.json: ${Object.keys(table).length} names`);
}

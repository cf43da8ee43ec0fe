// npm run locales:zh-tw: writes static/_locales/zh_TW/messages.json from zh_CN with opencc-js
// (Simplified → Traditional, Taiwan phrases), every key, then the checked fixes in zh-tw-fixes.mjs
// where opencc's phrase table picks the wrong word for this extension (擴充套件, 檔案 for a historical 文件…).
// `--check` exits 1 when the file differs from what this script would write (CI and a unit test use it).
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as OpenCC from 'opencc-js';
import { REPO } from '../tests/browser/server.mjs';
import { applyFixes } from './zh-tw-fixes.mjs';

/** Keys every locale must carry: those manifest.json names, and the store listing. */
export const LISTING_KEYS = [
  'extName',
  'extDescription',
  'actionTitle',
  'commandNextMention',
  'commandPreviousMention',
  'commandToggleHighlights',
  'contextMenuLookup',
  'contextMenuNote',
  'commandOpenSidePanel',
  'storeDescription',
];

/** zh_CN's messages, key for key, in Traditional Chinese as Taiwan writes it. */
export async function zhTwMessages() {
  const zhCn = JSON.parse(await readFile(join(REPO, 'static', '_locales', 'zh_CN', 'messages.json'), 'utf8'));
  for (const key of LISTING_KEYS)
    if (typeof zhCn[key]?.message !== 'string') throw new Error(`zh_CN/messages.json has no "${key}"`);
  const convert = OpenCC.Converter({ from: 'cn', to: 'twp' });
  const converted = Object.fromEntries(
    Object.entries(zhCn).map(([key, value]) => [key, convert(String(value.message))]),
  );
  const fixed = applyFixes(converted);
  const lines = Object.entries(fixed).map(
    ([key, message]) => `  ${JSON.stringify(key)}: { "message": ${JSON.stringify(message)} }`,
  );
  return `{\n${lines.join(',\n')}\n}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const target = join(REPO, 'static', '_locales', 'zh_TW', 'messages.json');
  const text = await zhTwMessages();
  if (process.argv.includes('--check')) {
    const current = await readFile(target, 'utf8').catch(() => '');
    if (current !== text) {
      console.error('static/_locales/zh_TW/messages.json is out of step with zh_CN: run npm run locales:zh-tw');
      process.exit(1);
    }
  } else {
    await mkdir(join(REPO, 'static', '_locales', 'zh_TW'), { recursive: true });
    await writeFile(target, text);
    console.log('wrote static/_locales/zh_TW/messages.json');
  }
}

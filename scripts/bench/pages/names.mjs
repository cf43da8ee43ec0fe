// The names put into bench pages, read from data/topics.json directly: unambiguous aliases by the
// script of the text they go into, so "Stalin" lands in English prose and "斯大林" in Chinese.

import { readFileSync } from 'node:fs';

const SCRIPT_OF_LANG = { en: 'latin', ru: 'cyrillic', 'zh-Hans': 'han', 'zh-Hant': 'han' };

/** @returns {{ latin: string[], cyrillic: string[], han: string[] }} */
export function namesByScript(topicsFile) {
  const raw = JSON.parse(readFileSync(topicsFile, 'utf8'));
  const topics = Array.isArray(raw) ? raw : raw.topics;
  const out = { latin: new Set(), cyrillic: new Set(), han: new Set() };
  for (const t of topics) {
    for (const [lang, list] of Object.entries(t.aliases ?? {})) {
      const script = SCRIPT_OF_LANG[lang];
      if (script) for (const a of list) out[script].add(a);
    }
  }
  return { latin: [...out.latin].sort(), cyrillic: [...out.cyrillic].sort(), han: [...out.han].sort() };
}

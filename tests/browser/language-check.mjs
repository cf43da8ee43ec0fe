// The rule of the cross-language test (ui-languages.test.ts): a text the reader sees is in the reader's
// language unless it says otherwise. Precisely, for each text node and each aria-label, title and
// placeholder (tagged with the `lang` of its nearest element that has one):
// - a text tagged with another language (a name in another script, an original title, pinyin, a
//   citation style's record) is exempt;
// - so is the page's own text the popup quotes (an element with data-page-text), and a bibliographic
//   reference (data-citation: a source line quotes titles in their original language);
// - so are quoted titles and terms (《…》「…」“…”«…»), an original in brackets beside its translation, and Chinese names (a run of Han characters shorter
//   than eight with no sentence punctuation) in English and Russian;
// - what is left must hold no sentence in another script: three Latin words in a row outside English,
//   three Cyrillic words outside Russian, a Chinese sentence outside Chinese; and Traditional Chinese no
//   character that exists in Simplified alone (opencc changes it, and it is not also a Traditional one).
//   A run that data/ text lacking the reader's language contains is tolerated (none once data/ is complete).
// Format and code names (BibTeX, CSL-JSON, GB/T 7714, DOI, Enter, Esc…) and URLs are not sentences.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { REPO } from './server.mjs';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** The language of a BCP 47 tag as the rule sees it: en, ru, zh-Hans, zh-Hant, zh (either), or other. */
export function family(tag) {
  const t = String(tag || '').toLowerCase();
  if (t === 'zh-latn-pinyin') return 'other';
  if (t.startsWith('zh-hans') || t === 'zh-cn') return 'zh-Hans';
  if (t.startsWith('zh-hant') || t === 'zh-tw' || t === 'zh-hk') return 'zh-Hant';
  if (t.startsWith('zh')) return 'zh';
  if (t.startsWith('ru')) return 'ru';
  if (t.startsWith('en')) return 'en';
  return 'other';
}

/** Whether a text tagged `tag` is in the reader's language `lang` (plain "zh" counts as either script). */
function sameLanguage(tag, lang) {
  const f = family(tag);
  return f === lang || (f === 'zh' && lang.startsWith('zh'));
}

const NOT_WORDS = [
  /https?:\/\/\S+/g,
  /\b10\.\d{4,}\/\S+/g,
  /\b(?:BibTeX|CSL-JSON|RIS|APA|GB\/T|DOI|Enter|Esc|Tab|PDF|Chicago)\b/g,
];
/** Quoted titles and terms (《…》「…」『…』“…”„…“«…»"…"), and an original given in brackets: "(в оригинале 以苏联…)". */
const QUOTED = /《[^》]*》|「[^」]*」|『[^』]*』|“[^”]*”|„[^“]*“|«[^»]*»|"[^"]*"|\([^()]*\p{Script=Han}[^()]*\)/gu;
const LATIN_SENTENCE = /\p{Script=Latin}{2,}(?:[\s,;:'’()-]+\p{Script=Latin}+){2,}/gu;
const CYRILLIC_SENTENCE = /\p{Script=Cyrillic}+(?:[\s,;:.()-]+\p{Script=Cyrillic}+){2,}/gu;
const HAN_RUN = /\p{Script=Han}[\p{Script=Han}，。；：！？、\d]*/gu;
const HAN_WORD = /[\p{Script=Han}\d]*\p{Script=Han}[\p{Script=Han}\d]*/gu;
/**
 * Simplified forms that are also Traditional characters in their own right (里 in 烏蘇里江, 干 in 干預,
 * 杰 in 王世杰, 台…): opencc's one-way conversion changes them without context, so only characters
 * that exist in Simplified alone count.
 */
const ALSO_TRADITIONAL = new Set([
  ...'干后里余谷只台系面制松冲出斗卜几了布丰云范复划汇伙获姜借卷困腊累蒙弥蔑苹仆朴千秋曲舍沈胜术坛涂万咸向须叶吁郁御愿岳扎折征症致钟种朱筑准表别尝丑淀冬刮合夸帘宁凄体团咽佣涌周注杰才托签升历',
]);
const simplifiedOnly = (run) => {
  const converted = [...toTraditional(run)];
  const chars = [...run];
  return converted.length === chars.length
    ? chars.some((c, i) => c !== converted[i] && !ALSO_TRADITIONAL.has(c))
    : chars.some((c) => toTraditional(c) !== c && !ALSO_TRADITIONAL.has(c));
};
/** Chinese is a sentence, not a name, when it has sentence punctuation or runs to eight characters. */
const isHanSentence = (run) => /[，。；！？]/.test(run) || [...run.replace(/[^\p{Script=Han}]/gu, '')].length >= 8;

/** Text as the rule reads it: quoted titles, URLs and format names taken out. */
function unquoted(text) {
  let rest = text.replace(QUOTED, ' ');
  for (const re of NOT_WORDS) rest = rest.replace(re, ' ');
  return rest;
}

/**
 * The pieces of `text` not in `lang` (a reader's UI language), each with why: sentences in another
 * script, and for Traditional Chinese runs holding a Simplified character.
 */
export function wrongRuns(text, lang) {
  const rest = unquoted(text);
  const runs = [];
  const add = (re, why, keep = () => true) => {
    for (const m of rest.matchAll(re)) if (keep(m[0])) runs.push({ run: m[0], why });
  };
  if (lang !== 'en') add(LATIN_SENTENCE, 'English words');
  if (lang !== 'ru') add(CYRILLIC_SENTENCE, 'Russian words');
  if (!lang.startsWith('zh')) add(HAN_RUN, 'a Chinese sentence', isHanSentence);
  if (lang === 'zh-Hant') add(HAN_WORD, 'Simplified characters', simplifiedOnly);
  return runs;
}

/** Every string in data/ the reader's language has no version of (shown instead of a translation). */
export function toleratedData(lang) {
  const out = new Set();
  const walk = (value, parent) => {
    if (typeof value === 'string') {
      if (!parent || !(lang in parent)) out.add(value);
      return;
    }
    if (Array.isArray(value)) for (const v of value) walk(v, undefined);
    else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v, value);
  };
  for (const file of ['topics', 'theses', 'evidence', 'paper'])
    walk(JSON.parse(readFileSync(join(REPO, 'data', `${file}.json`), 'utf8')), undefined);
  return [...out].filter((s) => s.trim().length > 1).map(unquoted);
}

/**
 * The texts (from collectTexts / cardTexts) that break the rule, as "[view] why in lang: run «text»".
 * @param {{ text: string, lang: string, exempt?: boolean }[]} texts
 */
export function violations(texts, lang, tolerated, view) {
  const found = [];
  for (const { text, lang: tag, exempt } of texts) {
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (!trimmed || exempt || !sameLanguage(tag, lang)) continue;
    for (const { run, why } of wrongRuns(trimmed, lang))
      if (!tolerated.some((s) => s.includes(run))) found.push(`[${view}] ${why} in ${lang}: ${run}  «${trimmed}»`);
  }
  return found;
}

/** Runs in an extension page: every text node and label with its language (the nearest lang attribute). */
export function collectTexts() {
  const out = [];
  const langOf = (el) => el?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
  const exempt = (el) => !!el?.closest('[data-page-text], [data-citation]');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || el.closest('script, style')) continue;
    out.push({ text: n.data, lang: langOf(el), exempt: exempt(el) });
  }
  for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder]'))
    for (const attr of ['aria-label', 'title', 'placeholder']) {
      const value = el.getAttribute(attr);
      if (value) out.push({ text: value, lang: langOf(el), exempt: exempt(el) });
    }
  out.push({ text: document.title, lang: document.documentElement.lang });
  return out;
}

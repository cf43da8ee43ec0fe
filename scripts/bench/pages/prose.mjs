// Generated prose pages: paragraphs of real prose from corpus pages (their inline markup kept:
// links, emphasis), repeated to a given size, with one name per `every` characters of text.
import { seededRandom } from '../seeded.mjs';
import { corpusDocument } from './corpus-html.mjs';
import { insertIntoText } from './insert-names.mjs';

const DROP =
  'script,style,noscript,template,img,picture,source,video,audio,iframe,svg,math,object,embed,input,button,form';
const SCRIPT_TESTS = { han: /\p{Script=Han}/gu, cyrillic: /[\u0400-\u04ff]/g, latin: /[A-Za-z]/g };

/** The script most of a text's letters are in. */
function scriptOf(text) {
  let best = 'latin';
  let most = -1;
  for (const [script, re] of Object.entries(SCRIPT_TESTS)) {
    const n = text.match(re)?.length ?? 0;
    if (n > most) [best, most] = [script, n];
  }
  return best;
}

/**
 * The paragraphs (<p> with at least 150 characters of text) of these corpus pages, markup cleaned
 * (no media, no attributes but a dead link), interleaved page by page so scripts and styles mix.
 * @param {string[]} files @param {string} [only] keep only paragraphs in this script
 * @returns {{ html: string, text: number, script: string }[]}
 */
export function proseParagraphs(files, only) {
  const perFile = files.map((file) => {
    const doc = corpusDocument(file);
    const out = [];
    for (const p of doc.querySelectorAll('p')) {
      const text = p.textContent.trim();
      if (text.length < 150) continue;
      const script = scriptOf(text);
      if (only && script !== only) continue;
      const clean = p.cloneNode(true);
      for (const el of clean.querySelectorAll(DROP)) el.remove();
      for (const el of [clean, ...clean.querySelectorAll('*')]) {
        for (const attr of [...el.attributes]) el.removeAttribute(attr.name);
        if (el.tagName === 'A') el.setAttribute('href', '#');
      }
      out.push({ html: clean.innerHTML, text: clean.textContent.length, script });
    }
    return out;
  });
  const mixed = [];
  for (let i = 0; perFile.some((list) => i < list.length); i++)
    for (const list of perFile) if (list[i]) mixed.push(list[i]);
  return mixed;
}

/** Puts a name of the paragraph's script into the first stretch of its text (outside tags) that has a spot. */
function withName(p, names, random) {
  const parts = p.html.split(/(<[^>]*>)/);
  const list = names[p.script];
  for (let i = 0; i < parts.length; i += 2) {
    const name = list[Math.floor(random() * list.length)];
    const next = insertIntoText(parts[i], p.script, name, random);
    if (next !== null) {
      parts[i] = next;
      return parts.join('');
    }
  }
  return null;
}

const LANG = { latin: 'en', han: 'zh', cyrillic: 'ru' };

/**
 * An article page of about `bytes` UTF-8 bytes: a header and a navigation list, then sections of eight
 * paragraphs under a heading. @returns {{ html: string, inserted: number, paragraphs: number, textChars: number }}
 */
export function prosePage(paragraphs, { bytes, every, names, seed, title = 'Article' }) {
  if (!paragraphs.length) throw new Error('no prose paragraphs to build a page from');
  const random = seededRandom(seed);
  const lang = LANG[paragraphs[0].script];
  const head =
    `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>\n` +
    `<header><nav><ul>${['Home', 'World', 'Politics', 'History', 'Opinion'].map((x) => `<li><a href="#">${x}</a></li>`).join('')}</ul></nav></header>\n` +
    `<main><article><h1>${title}</h1>\n`;
  const tail =
    '</article></main>\n<footer><p>Generated for the bench from corpus prose.</p></footer>\n</body></html>\n';
  const body = [];
  let size = Buffer.byteLength(head + tail);
  let sinceName = 0;
  let inserted = 0;
  let textChars = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paragraphs[i % paragraphs.length];
    let html = p.html;
    sinceName += p.text;
    textChars += p.text;
    if (sinceName >= every) {
      const named = withName(p, names, random);
      if (named !== null) {
        html = named;
        inserted++;
        sinceName -= every;
      }
    }
    const chunk = `${i % 8 === 0 ? `<section><h2>Part ${i / 8 + 1}</h2>\n` : ''}<p>${html}</p>\n${i % 8 === 7 ? '</section>\n' : ''}`;
    body.push(chunk);
    size += Buffer.byteLength(chunk);
  }
  return { html: head + body.join('') + tail, inserted, paragraphs: body.length, textChars };
}

// Reads a corpus page (from ../shared/corpus, at bench time; nothing is copied into the repo) as a
// jsdom document, decoded by the charset the corpus manifest records.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { CORPUS } from '../../../tests/browser/server.mjs';

const manifest = () => JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8'));

/** @returns {Document} the page parsed without running anything (no scripts, no subresources) */
export function corpusDocument(file) {
  const entry = manifest().files.find((f) => f.file === file);
  if (!entry) throw new Error(`${file} is not in ${CORPUS}/manifest.json`);
  const bytes = readFileSync(join(CORPUS, file));
  let html;
  try {
    // Some pages declare a legacy charset but are UTF-8 (qq.html says gb2312).
    html = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    html = new TextDecoder((entry.declared_charset ?? 'utf-8').toLowerCase().replace(/^gb2312$/, 'gb18030')).decode(
      bytes,
    );
  }
  // A quiet console: jsdom's complaints about the pages' CSS are not the bench's business.
  return new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
}

/** Serialises a page to serve as UTF-8 (the HTTP header's charset wins over the page's meta tag). */
export function serialize(doc) {
  return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;
}

// Turns a command-line PAGE (a URL or a path to an HTML file) into a URL the browser can open.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export function pageUrl(page) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(page)) return page;
  const file = resolve(page);
  if (!existsSync(file)) throw new Error(`no such file: ${page}`);
  return pathToFileURL(file).href;
}

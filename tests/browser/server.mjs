// A static HTTP server on 127.0.0.1 for browser tests, scans and benchmarks.
// /corpus/... is read from ../shared/corpus (never copied into the repo); anything else from `root`.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const CORPUS = resolve(REPO, '..', 'shared', 'corpus');

const TYPES = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * @param {{ root?: string, pageScripts?: boolean, csp?: string, extraHandler?: (url: URL) => {status?: number, type?: string, body: string, chunks?: string[], gapMs?: number} | undefined }} [options]
 *   pageScripts false sends a CSP header that blocks the page's own scripts (corpus pages carry many);
 *   csp sends this CSP instead (the bench: one that blocks every request of the page's own, so no request
 *   needs a round trip through Playwright's router).
 * @returns {Promise<{ origin: string, url: (path: string) => string, close: () => Promise<void> }>}
 */
export async function startServer(options = {}) {
  const root = options.root ?? join(REPO, 'tests', 'fixtures');
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const csp = options.csp ?? (options.pageScripts === false ? "script-src 'none'" : undefined);
    const headers = csp ? { 'Content-Security-Policy': csp } : {};
    const extra = options.extraHandler?.(url);
    if (extra) {
      res.writeHead(extra.status ?? 200, { 'Content-Type': extra.type ?? 'text/html; charset=utf-8', ...headers });
      // chunks: a page that arrives slowly (sent after body, gapMs apart), as a slow site's does.
      for (const chunk of [extra.body, ...(extra.chunks ?? [])]) {
        if (chunk !== extra.body) await new Promise((ok) => setTimeout(ok, extra.gapMs ?? 0));
        res.write(chunk);
      }
      return res.end();
    }
    const [base, rel] = url.pathname.startsWith('/corpus/') ? [CORPUS, url.pathname.slice(8)] : [root, url.pathname];
    const file = normalize(join(base, decodeURIComponent(rel)));
    if (!file.startsWith(base)) return res.writeHead(403).end();
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      // Corpus pages keep their bytes; the browser sniffs or reads the meta charset as it would online.
      res.writeHead(200, { 'Content-Type': type, ...headers });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path.startsWith('/') ? '' : '/'}${path}`,
    close: () => new Promise((ok) => server.close(() => ok(undefined))),
  };
}

// The fair floor: what the simplest highlighter that finds our names would cost, built without any of
// our code. One TreeWalker pass over the body's text nodes running ONE case-insensitive Unicode regex
// of every name data/topics.json lists (all aliases and ambiguous texts, escaped, longest first), no
// writes. It ships as its own extension (content script at document_idle in every frame, like ours),
// so it is loaded, evaluated and timed exactly as ours is.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Every name the extension matches, as data/ writes them: aliases in every language and ambiguous texts. */
export function namesOf(topicsFile) {
  const raw = JSON.parse(readFileSync(topicsFile, 'utf8'));
  const topics = Array.isArray(raw) ? raw : raw.topics;
  const names = new Set();
  for (const t of topics) {
    for (const list of Object.values(t.aliases ?? {})) for (const a of list) names.add(a);
    for (const a of t.ambiguous ?? []) names.add(typeof a === 'string' ? a : a.text);
  }
  return [...names].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The regex source: longest first, so a longer name wins over a shorter one at the same place. */
export function floorSource(names) {
  return names.map(escape).join('|');
}

/** The floor's content script. Its last line tells the bench it is done (the only thing it writes is a console line). */
export function floorScript(source) {
  return `(() => {
  const re = new RegExp(${JSON.stringify(source)}, 'giu');
  const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
  let nodes = 0;
  let hits = 0;
  if (document.body) {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (skip.has(node.parentNode.nodeName)) continue;
      nodes++;
      re.lastIndex = 0;
      while (re.exec(node.data) !== null) hits++;
    }
  }
  if (window === top) console.debug('ssn-fair-floor done', nodes, hits);
})();
`;
}

/** Writes the floor extension to a temporary folder; returns its path and the names it matches. */
export async function writeFloorExtension(topicsFile) {
  const names = namesOf(topicsFile);
  const dir = await mkdtemp(join(tmpdir(), 'ssn-fair-floor-'));
  const manifest = {
    manifest_version: 3,
    name: 'Fair floor (bench)',
    version: '1.0',
    content_scripts: [{ matches: ['<all_urls>'], js: ['floor.js'], run_at: 'document_idle', all_frames: true }],
    // An empty worker, only so the launcher can read the extension's id as it does ours (it runs off the page's thread).
    background: { service_worker: 'worker.js' },
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await writeFile(join(dir, 'floor.js'), floorScript(floorSource(names)));
  await writeFile(join(dir, 'worker.js'), '');
  return { dir, names };
}

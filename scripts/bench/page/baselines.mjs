// What our code is compared with: the floor (walk + the matcher's full patterns, no DOM writes) and mark.js.
import Mark from 'mark.js';
import { fullPatterns } from './patterns.mjs';
import { afterNextFrame } from './timing.mjs';

// Text that is never rendered: the minimum any highlighter must skip (script text can be megabytes of JSON).
const UNRENDERED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** One TreeWalker pass over the body's text nodes, the matcher's full patterns over each, no DOM writes. */
export function floor() {
  const start = performance.now();
  const patterns = fullPatterns();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let textNodes = 0;
  let hits = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (UNRENDERED.has(node.parentNode.nodeName)) continue;
    textNodes++;
    const text = node.data;
    for (const re of patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        hits++;
        if (!m[0]) re.lastIndex++;
      }
    }
  }
  return { script: performance.now() - start, textNodes, hits };
}

/** mark.js markRegExp over the whole body with the same patterns: one call per pattern (joined, they would be too long to optimise). */
export async function markRegExp() {
  let marks = 0;
  const start = performance.now();
  const instance = new Mark(document.body);
  for (const re of fullPatterns()) instance.markRegExp(re, { done: (n) => (marks += n) });
  const end = performance.now();
  const frameEnd = await afterNextFrame();
  return { script: end - start, frame: frameEnd - end, marks };
}

/**
 * mark.js mark() once per alias, as keyword highlighters do, on a sample of aliases;
 * extrapolated linearly to all aliases (mark.js pays mostly a per-call walk of the whole page).
 */
export function markPerAlias(sample, totalAliases) {
  let marks = 0;
  const instance = new Mark(document.body);
  const start = performance.now();
  for (const alias of sample) instance.mark(alias, { separateWordSearch: false, done: (n) => (marks += n) });
  const script = performance.now() - start;
  const perCall = script / sample.length;
  return { script, sampled: sample.length, perCall, extrapolated: perCall * totalAliases, marks };
}

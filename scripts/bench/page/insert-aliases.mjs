// Puts a fixed, seeded set of alias occurrences into a real page's text before any method runs,
// so every method (ours, the floor, mark.js) sees exactly the same page.
import { seededRandom } from '../seeded.mjs';

// Text no highlighter should read; inserting there would only test who skips what.
const SKIP =
  'script,style,noscript,template,textarea,input,select,option,button,code,pre,kbd,samp,var,svg,math,title,[contenteditable],[hidden],[aria-hidden="true"]';
// A space with a letter on each side: inserting "Alias " after it keeps words whole.
const BETWEEN_WORDS = /(?<=[\p{L}\p{N}]) (?=[\p{L}\p{N}])/gu;

function eligibleNodes(doc) {
  const out = [];
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (node.data.length < 30 || !parent || parent.closest(SKIP)) continue;
    BETWEEN_WORDS.lastIndex = 0;
    if (!BETWEEN_WORDS.test(node.data)) continue;
    if (parent.checkVisibility && !parent.checkVisibility({ visibilityProperty: true })) continue;
    out.push(node);
  }
  return out;
}

/**
 * Inserts up to `count` aliases, each into a different visible text node, between two words.
 * Returns how many were inserted and the eligible-node count (same on every load of a page).
 */
export function insertAliases(doc, aliases, count, seed) {
  const random = seededRandom(seed);
  const nodes = eligibleNodes(doc);
  const n = Math.min(count, nodes.length);
  // Partial Fisher-Yates: n distinct nodes, so no alias lands inside another.
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (nodes.length - i));
    [nodes[i], nodes[j]] = [nodes[j], nodes[i]];
    const node = nodes[i];
    const alias = aliases[Math.floor(random() * aliases.length)];
    const spaces = [...node.data.matchAll(BETWEEN_WORDS)].map((m) => m.index);
    const at = spaces[Math.floor(random() * spaces.length)] + 1;
    node.data = `${node.data.slice(0, at)}${alias} ${node.data.slice(at)}`;
  }
  return { inserted: n, eligible: nodes.length };
}

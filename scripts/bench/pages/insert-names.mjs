// Puts names into the running text of a parsed page, in context: between two words of Latin or
// Cyrillic prose ("… talks with Stalin in …"), after a comma or full stop of Chinese prose
// ("…，斯大林…", "…会见斯大林时…"). Seeded, so every load of every method sees the same page.
import { seededRandom } from '../seeded.mjs';

// Text no highlighter should read; inserting there would only test who skips what.
const SKIP =
  'script,style,noscript,template,textarea,input,select,option,button,code,pre,kbd,samp,var,svg,math,title,[contenteditable],[hidden],[aria-hidden="true"]';
const SPOTS = {
  latin: { re: /(?<=[A-Za-z] )(?=[A-Za-z])/g, put: (name) => `${name} ` },
  cyrillic: { re: /(?<=[\u0400-\u04ff] )(?=[\u0400-\u04ff])/g, put: (name) => `${name} ` },
  // Chinese has no spaces: any place between two characters of running text is a place a name can stand.
  han: { re: /(?<=[\p{Script=Han}，。；、])(?=\p{Script=Han})/gu, put: (name) => name },
};

/** The text nodes of doc's body that have a spot for the script, with their spots. */
function eligible(doc, script) {
  const { re } = SPOTS[script];
  const out = [];
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (node.data.length < 20 || !parent || parent.closest(SKIP)) continue;
    const spots = [...node.data.matchAll(re)].map((m) => m.index);
    if (spots.length) out.push({ node, spots, length: node.data.length });
  }
  return out;
}

/**
 * Inserts one name per `every` characters of eligible text (at most `max`), at distinct spots
 * spread over the page. @returns {{ inserted: number, eligibleChars: number }}
 */
export function insertNames(doc, { script, names, every, max = Infinity, seed }) {
  const random = seededRandom(seed);
  const nodes = eligible(doc, script);
  const chars = nodes.reduce((s, n) => s + n.length, 0);
  const spots = nodes.flatMap((n, i) => n.spots.map((at) => [i, at]));
  const count = Math.min(max, spots.length, Math.round(chars / every));
  // Partial Fisher-Yates: `count` distinct spots.
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (spots.length - i));
    [spots[i], spots[j]] = [spots[j], spots[i]];
  }
  // Within a node, from its last spot back, so earlier offsets stay valid.
  const chosen = spots.slice(0, count).sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  for (const [i, at] of chosen) {
    const { node } = nodes[i];
    const name = names[Math.floor(random() * names.length)];
    node.data = node.data.slice(0, at) + SPOTS[script].put(name) + node.data.slice(at);
  }
  return { inserted: count, eligibleChars: chars };
}

/** Inserts one name into a string of prose at a spot for its script (for generated pages); null if it has none. */
export function insertIntoText(text, script, name, random) {
  const spots = [...text.matchAll(SPOTS[script].re)].map((m) => m.index);
  if (!spots.length) return null;
  const at = spots[Math.floor(random() * spots.length)];
  return text.slice(0, at) + SPOTS[script].put(name) + text.slice(at);
}

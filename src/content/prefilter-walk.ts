/**
 * The first half of every scan: one walk over the page's text, a part at a time, each part prefiltered
 * and its hits turned into text nodes in the step that read it (hits in script text, code or editors
 * are dropped at once). content.js runs it alone on every page (watch.ts), and stops at the first hit;
 * a full scan (scan-steps.ts) runs it to the end and then reads the runs around the hits.
 */
import { readableHits } from './hit-runs';
import { runInIdleSlices } from './idle-chunks';
import { readSubtreeText } from './subtree-text';
import { nodesOfPart, textParts } from './text-parts';
import type { ScanRoot } from './text-runs';

/**
 * The first ONE_GO characters of a page are read and prefiltered in the task that starts the scan,
 * for at most ONE_GO_MS; the rest one part per idle step (text-parts.ts: PART_CHARS characters or
 * PART_NODES text nodes, ~5 ms; parts of 100,000 took 10–25 ms on the bench's 8 MB page), so no task
 * of ours grows with the page; a part starts with the last PART_OVERLAP characters of the one before
 * (fragments are a few words).
 */
const ONE_GO = 400_000;
/** The task that starts the scan also holds the page's own work of the moment: it stops early. */
const ONE_GO_MS = 20;
const PART_CHARS = 50_000;
const PART_NODES = 1_000;
const PART_OVERLAP = 1_000;

/** The prefilter: sorted offsets in text where a mention may be. */
export interface HitFinder {
  hits(text: string): number[];
}

/**
 * Walks body's text, giving take() the readable hit nodes of each part that has any; take() returning
 * false stops the walk. Resolves true when the walk ended or take() stopped it, false when signal aborted it.
 */
export async function walkPrefiltered(
  body: Element,
  doc: Document,
  matcher: HitFinder,
  take: (nodes: Text[]) => boolean,
  signal?: AbortSignal,
): Promise<boolean> {
  const parts = textParts(body, doc, PART_CHARS, PART_NODES, PART_OVERLAP);
  /** Reads one part; its length, or -1 when the walk is over (or take() stopped it). */
  const readPart = (): number => {
    const next = parts.next();
    if (next.done) return -1;
    const offsets = matcher.hits(next.value.text);
    const nodes = offsets.length ? readableHits(nodesOfPart(next.value, offsets)) : [];
    if (nodes.length && !take(nodes)) return -1;
    return next.value.text.length;
  };
  // Most pages are read whole in this task.
  let read = 0;
  const until = performance.now() + ONE_GO_MS;
  while (read < ONE_GO && performance.now() < until) {
    const length = readPart();
    if (length < 0) return true;
    read += length;
  }
  // The rest of the page, one part per idle step.
  return runInIdleSlices(() => readPart() >= 0, signal);
}

/**
 * The readable hit nodes under a changed subtree: reading its text costs one native concatenation,
 * and a subtree with no hit one prefilter pass. Offsets are only valid for the DOM they were read
 * from, so they become nodes in this task.
 */
export function subtreeHits(root: ScanRoot, doc: Document, matcher: HitFinder): Text[] {
  const source = readSubtreeText(root, doc);
  const offsets = matcher.hits(source.text);
  return offsets.length ? readableHits(source.nodesAt(offsets)) : [];
}

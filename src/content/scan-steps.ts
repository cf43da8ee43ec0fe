/**
 * The work of a scan, cut into steps that run in idle slices (idle-chunks.ts): reading the text,
 * the prefilter a part at a time, then one part of one run per step. No step grows with the page.
 */
import type { PageMatcher } from './highlighter';
import { readableHits, runsAroundHits } from './hit-runs';
import { runInIdleSlices } from './idle-chunks';
import type { PageMention } from './page-mention';
import { scanRunInParts } from './scan-run';
import { readSubtreeText } from './subtree-text';
import { nodesOfPart, textParts } from './text-parts';
import type { ScanRoot, TextRun } from './text-runs';

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

export interface ScanSink {
  /** Takes mentions found (in document order); false: enough, stop the scan. */
  add(mentions: readonly PageMention[]): boolean;
}

/** Each run once, even where two hits' blocks nest and the outer block's runs repeat the inner one's. */
function* distinctRuns(runs: Iterable<TextRun>): Generator<TextRun> {
  const seen = new Set<Text>();
  for (const run of runs) {
    const first = run.nodes[0];
    if (!first || seen.has(first)) continue;
    seen.add(first);
    yield run;
  }
}

/** The mentions of runs, one part of a run per call of the returned step. */
function runSteps(runs: Iterator<TextRun>, matcher: PageMatcher, add: (m: PageMention[]) => boolean): () => boolean {
  let parts: Iterator<PageMention[]> | null = null;
  return () => {
    for (;;) {
      if (!parts) {
        const run = runs.next();
        if (run.done) return false;
        parts = scanRunInParts(run.value, matcher);
      }
      const part = parts.next();
      if (part.done) {
        parts = null;
        continue;
      }
      return add(part.value);
    }
  };
}

/**
 * Scans the whole document into sink. Resolves to whether the sink stopped it (the page reached
 * the cap), or null when signal aborted it.
 */
export async function fullScanSteps(
  doc: Document,
  matcher: PageMatcher,
  sink: ScanSink,
  signal: AbortSignal,
): Promise<boolean | null> {
  const body = doc.body;
  if (!body) return false;
  // One walk over the text nodes, a part at a time: each part is prefiltered and its hits become
  // nodes in the step that read it. Hits in script text, code or editors are dropped at once.
  const parts = textParts(body, doc, PART_CHARS, PART_NODES, PART_OVERLAP);
  const nodes: Text[] = [];
  /** Reads one part; its length, or -1 when the walk is over. */
  const readPart = (): number => {
    const next = parts.next();
    if (next.done) return -1;
    const offsets = matcher.hits(next.value.text);
    if (offsets.length) for (const node of readableHits(nodesOfPart(next.value, offsets))) nodes.push(node);
    // The full patterns inflate while the rest of the page is read (whenReady() reports a failure).
    if (nodes.length && matcher.ready) matcher.ready().catch(() => undefined);
    return next.value.text.length;
  };
  // Most pages are read whole in this task, and a page with no hit is done here.
  let read = 0;
  let more = true;
  const until = performance.now() + ONE_GO_MS;
  while (more && read < ONE_GO && performance.now() < until) {
    const length = readPart();
    more = length >= 0;
    read += Math.max(0, length);
  }
  if (!more && nodes.length === 0) return false;
  // The rest of the page, one part per idle step.
  if (more && !(await runInIdleSlices(() => readPart() >= 0, signal))) return null;
  if (nodes.length === 0) return false;
  if (!(await whenReady(matcher, signal))) return null;
  let step: (() => boolean) | null = null;
  let stopped = false;
  const done = await runInIdleSlices(() => {
    step ??= runSteps(distinctRuns(runsAroundHits(body, nodes, doc)), matcher, (m) => {
      if (!sink.add(m)) stopped = true;
      return !stopped;
    });
    return step();
  }, signal);
  return done ? stopped : null;
}

/** Waits until the matcher can find() (its full patterns are inflated on first need); false if aborted meanwhile. */
async function whenReady(matcher: PageMatcher, signal: AbortSignal): Promise<boolean> {
  if (matcher.ready) await matcher.ready();
  return !signal.aborted;
}

/**
 * The mentions under each root (in document order per root), scanned in idle slices; at most
 * `limit` in all. Null when signal aborted the scan.
 */
export async function subtreeScanSteps(
  roots: readonly ScanRoot[],
  doc: Document,
  matcher: PageMatcher,
  limit: number,
  signal: AbortSignal,
): Promise<PageMention[][] | null> {
  // A rescan needs find() for any root with a hit: inflating once per frame costs less than
  // keeping the roots' hits across an await (the page may change in between).
  if (!(await whenReady(matcher, signal))) return null;
  const blocks: PageMention[][] = [];
  let total = 0;
  let i = 0;
  let step: (() => boolean) | null = null;
  const done = await runInIdleSlices(() => {
    if (total >= limit) return false;
    if (!step) {
      const root = roots[i++];
      if (!root) return false;
      const block: PageMention[] = [];
      blocks.push(block);
      const runs = root.isConnected ? runsToScan(root, doc, matcher) : null;
      if (!runs) return true;
      step = runSteps(distinctRuns(runs), matcher, (found) => {
        for (const m of found) {
          if (total >= limit) break;
          block.push(m);
          total++;
        }
        return total < limit;
      });
    }
    if (!step()) step = null;
    return true;
  }, signal);
  return done ? blocks.filter((b) => b.length) : null;
}

/**
 * The runs under a changed subtree that may hold a mention, or null when none can: a subtree
 * with no hit costs reading its text (one native concatenation) and one prefilter pass.
 */
function runsToScan(root: ScanRoot, doc: Document, matcher: PageMatcher): Iterable<TextRun> | null {
  const source = readSubtreeText(root, doc);
  const offsets = matcher.hits(source.text);
  // Offsets are only valid for the DOM they were read from, so they become nodes in this task.
  const nodes = offsets.length ? readableHits(source.nodesAt(offsets)) : [];
  return nodes.length ? runsAroundHits(root, nodes, doc) : null;
}

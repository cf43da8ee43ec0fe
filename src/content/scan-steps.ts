/**
 * The work of a scan, cut into steps that run in idle slices (idle-chunks.ts): reading the text,
 * the prefilter a part at a time (prefilter-walk.ts), then one part of one run per step. No step grows
 * with the page.
 */
import type { PageMatcher } from './highlighter';
import { runsAroundHits } from './hit-runs';
import { runInIdleSlices } from './idle-chunks';
import type { PageMention } from './page-mention';
import { subtreeHits, walkPrefiltered } from './prefilter-walk';
import { scanRunInParts } from './scan-run';
import type { ScanRoot, TextRun } from './text-runs';

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
 * the cap), or null when signal aborted it. `prefound`: the hit nodes of a prefilter walk content.js
 * already made (changes since then are rescanned apart), so the page is not walked twice.
 */
export async function fullScanSteps(
  doc: Document,
  matcher: PageMatcher,
  sink: ScanSink,
  signal: AbortSignal,
  prefound?: readonly Text[],
): Promise<boolean | null> {
  const body = doc.body;
  if (!body) return false;
  const nodes: Text[] = prefound ? prefound.filter((node) => node.isConnected && body.contains(node)) : [];
  const read = prefound
    ? true
    : await walkPrefiltered(
        body,
        doc,
        matcher,
        (hits) => {
          for (const node of hits) nodes.push(node);
          // The full patterns inflate while the rest of the page is read (whenReady() reports a failure).
          if (matcher.ready) matcher.ready().catch(() => undefined);
          return true;
        },
        signal,
      );
  if (!read) return null;
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

/** The runs under a changed subtree that may hold a mention, or null when none can (prefilter-walk.ts). */
function runsToScan(root: ScanRoot, doc: Document, matcher: PageMatcher): Iterable<TextRun> | null {
  const nodes = subtreeHits(root, doc, matcher);
  return nodes.length ? runsAroundHits(root, nodes, doc) : null;
}

/**
 * Turns the matcher's string offsets in one text run into DOM positions.
 * The matcher sees the run's joined text, so a mention may start and end in different text nodes.
 */
import { verdictFor } from '../core/ambiguity';
import { contextSnippet } from '../core/context-snippet';
import type { Candidate, NearEvidence } from '../core/matcher';
import { blockContext } from './block-context';
import type { PageMention } from './page-mention';
import type { TextRun } from './text-runs';

export interface RunMatcher {
  find(text: string): Candidate[];
  /** What the text around ambiguous mentions says (absent: the document-wide rule alone applies). */
  near?(text: string): NearEvidence;
}

let nextId = 1;

export function scanRun(run: TextRun, matcher: RunMatcher): PageMention[] {
  const candidates = matcher.find(run.text);
  if (!candidates.length || !isVisible(run)) return [];
  // Only a run with an ambiguous mention reads the blocks around it.
  const near = matcher.near && candidates.some((c) => c.ambiguous) ? matcher.near(blockContext(run)) : undefined;
  return candidates.map((c) => {
    const [startNode, startOffset] = locate(run, c.start, false);
    const [endNode, endOffset] = locate(run, c.end, true);
    return {
      id: nextId++,
      topic: c.topic,
      ambiguous: c.ambiguous,
      near: c.ambiguous && near ? verdictFor(c.topic, near) : undefined,
      startNode,
      startOffset,
      endNode,
      endOffset,
      text: run.text.slice(c.start, c.end),
      context: contextSnippet(run.text, c.start, c.end),
    };
  });
}

/** Binary search for the node holding offset; an end offset at a node boundary stays in the earlier node. */
function locate(run: TextRun, offset: number, isEnd: boolean): [Text, number] {
  let lo = 0;
  let hi = run.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = run.starts[mid] ?? 0;
    if (start < offset || (!isEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = run.nodes[lo] as Text;
  return [node, offset - (run.starts[lo] ?? 0)];
}

// Hidden by CSS (display:none, visibility:hidden, closed <details>) is not something a reader sees.
// Only asked for runs that matched, so pages with no mention never pay for style computation.
function isVisible(run: TextRun): boolean {
  const first = run.nodes[0];
  // Text right under a shadow root is as visible as the root's host.
  const el = first ? (first.parentElement ?? (first.parentNode as Partial<ShadowRoot> | null)?.host) : null;
  if (!el) return false;
  return typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : true;
}

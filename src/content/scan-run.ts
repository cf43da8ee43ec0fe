/**
 * Turns the matcher's string offsets in one text run into DOM positions.
 * The matcher sees the run's joined text, so a mention may start and end in different text nodes.
 * A run longer than PART_CHARS (one paragraph can hold megabytes) is matched a part at a time, so
 * the caller can stop between parts and no task grows with the run.
 */
import { verdictFor } from '../core/ambiguity';
import { contextSnippet } from '../core/context-snippet';
import type { Candidate, NearEvidence } from '../core/matcher';
import { blockContext } from './block-context';
import { isRunVisible } from './run-visible';
import type { PageMention } from './page-mention';
import type { TextRun } from './text-runs';

export interface RunMatcher {
  find(text: string): Candidate[];
  /** What the text around ambiguous mentions says (absent: the document-wide rule alone applies). */
  near?(text: string): NearEvidence;
}

/** A few ms of matching and locating on text dense with names (about 250 of them). */
const PART_CHARS = 5_000;
/** How far past a part its matches are followed: longer than any name. */
const PART_OVERLAP = 256;

let nextId = 1;

export function scanRun(run: TextRun, matcher: RunMatcher): PageMention[] {
  const out: PageMention[] = [];
  for (const part of scanRunInParts(run, matcher)) for (const m of part) out.push(m);
  return out;
}

/**
 * The run's mentions, one part of its text per step. A part is matched with one character before
 * it (so a name cannot start inside a word there) and PART_OVERLAP after it; it keeps the matches
 * that start inside it and after the previous part's last one.
 */
export function* scanRunInParts(run: TextRun, matcher: RunMatcher): Generator<PageMention[]> {
  const { text } = run;
  let visible: boolean | null = null;
  let near: NearEvidence | undefined;
  let lastEnd = 0;
  for (let from = 0; from < text.length; from += PART_CHARS) {
    const to = Math.min(text.length, from + PART_CHARS);
    const whole = from === 0 && to === text.length;
    const base = from === 0 ? 0 : from - 1;
    const found = whole ? matcher.find(text) : matcher.find(text.slice(base, Math.min(text.length, to + PART_OVERLAP)));
    const kept: Candidate[] = [];
    for (const c of found) {
      const start = c.start + base;
      if (start < from || start >= to || start < lastEnd) continue;
      kept.push(whole ? c : { ...c, start, end: c.end + base });
    }
    if (!kept.length) continue;
    lastEnd = (kept[kept.length - 1] as Candidate).end;
    visible ??= isRunVisible(run);
    if (!visible) return;
    // Only a run with an ambiguous mention reads the blocks around it (once).
    if (near === undefined && matcher.near && kept.some((c) => c.ambiguous)) near = matcher.near(blockContext(run));
    yield kept.map((c) => toMention(run, c, near));
  }
}

function toMention(run: TextRun, c: Candidate, near: NearEvidence | undefined): PageMention {
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

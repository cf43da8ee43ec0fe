// Bundled by scripts/bench-ui/hit-test.mjs (timing) and tests/browser/hit-test-accuracy.test.ts, run in a page: the content script's own hit-test code
// (span index + caret lookup + rectangle check) timed call by call over a real page.
import type { PageMention } from '../../src/content/page-mention';
import { paintedMentionAt } from '../../src/content/previews/hit-test';
import { buildSpanIndex } from '../../src/content/previews/mention-index';
import { scanRun } from '../../src/content/scan-run';
import { textRuns } from '../../src/content/text-runs';

export interface BenchResult {
  mentions: number;
  calls: number;
  hits: number;
  /** Points at a mention's centre whose hit test returned that mention. */
  centreHits: number;
  centreTests: number;
  p50: number;
  p99: number;
  max: number;
  p99OverMentions: number;
  /** p99 of the calls that needed a caret lookup (the pointer over an element holding mention text). */
  p99CaretLookups: number;
  caretLookups: number;
  timerResolutionUs: number;
}

/** Names as a matcher would find them: a plain word regex stands in for the compiled matcher here. */
function findMentions(pattern: RegExp): PageMention[] {
  const matcher = {
    find: (text: string) =>
      [...text.matchAll(pattern)].map((m) => ({
        topic: m[0].toLowerCase(),
        start: m.index,
        end: m.index + m[0].length,
        ambiguous: false,
      })),
  };
  return [...textRuns(document.body, document)].flatMap((run) => scanRun(run, matcher));
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Pointer events arrive between frames, after layout and paint: each screen is timed after two frames. */
export async function runBench(source: string, pointsPerScreen: number, screens: number): Promise<BenchResult> {
  const mentions = findMentions(new RegExp(source, 'gu'));
  const index = buildSpanIndex(mentions, document);
  const scratch = document.createRange();
  let seed = 12345;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const all: number[] = [];
  const overMentions: number[] = [];
  let hits = 0;
  let centreHits = 0;
  let centreTests = 0;
  const lookedUp: number[] = [];
  const time = (x: number, y: number, into: number[]) => {
    // The pointer event's target: the browser's own hit test, done before any listener of ours runs.
    const target = document.elementFromPoint(x, y);
    const t0 = performance.now();
    const found = paintedMentionAt(document, index, x, y, scratch, target);
    const spent = performance.now() - t0;
    into.push(spent);
    if (target && index.parents.has(target)) lookedUp.push(spent);
    return found;
  };
  const maxScroll = document.documentElement.scrollHeight - innerHeight;
  for (let s = 0; s < screens; s++) {
    scrollTo(0, (maxScroll * s) / Math.max(1, screens - 1));
    await frame();
    await frame();
    for (let i = 0; i < pointsPerScreen; i++) if (time(random() * innerWidth, random() * innerHeight, all)) hits++;
    for (const m of mentions) {
      const range = document.createRange();
      range.setStart(m.startNode, m.startOffset);
      range.setEnd(m.endNode, m.endOffset);
      const r = range.getClientRects()[0];
      if (!r || r.bottom < 0 || r.top > innerHeight || r.right < 0 || r.left > innerWidth || m.startNode !== m.endNode)
        continue;
      centreTests++;
      const found = time(r.left + r.width / 2, r.top + r.height / 2, overMentions);
      all.push(overMentions[overMentions.length - 1] as number);
      if (found === m) centreHits++;
    }
  }
  let resolution = Infinity;
  for (let i = 0, last = performance.now(); i < 1e5; i++) {
    const now = performance.now();
    if (now > last) resolution = Math.min(resolution, now - last);
    last = now;
  }
  all.sort((a, b) => a - b);
  overMentions.sort((a, b) => a - b);
  lookedUp.sort((a, b) => a - b);
  return {
    mentions: mentions.length,
    calls: all.length,
    hits,
    centreHits,
    centreTests,
    p50: quantile(all, 0.5),
    p99: quantile(all, 0.99),
    max: all[all.length - 1] ?? 0,
    p99OverMentions: quantile(overMentions, 0.99),
    p99CaretLookups: quantile(lookedUp, 0.99),
    caretLookups: lookedUp.length,
    timerResolutionUs: Math.round(resolution * 1000),
  };
}

(globalThis as { ssnHitTestBench?: typeof runBench }).ssnHitTestBench = runBench;

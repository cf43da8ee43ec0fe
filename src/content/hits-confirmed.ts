/**
 * Whether the walk's prefilter hits hold a mention, before content-main.js is loaded for them: the
 * prefilter only says "maybe" ("Māori" wakes the Mao group, "Stalingrad" the Stalin one), and a frame
 * whose hits are all false ones would otherwise pay for injecting and evaluating content-main.js. The
 * runs around the hits are the ones content-main.js would read, and find() is the one it would run.
 * An ambiguous name ("Korean War" on a page about New Zealand's wars) confirms only where the rule
 * (core/ambiguity.ts) would keep it on its own: a cue or a year of its topic near it. Otherwise it
 * needs an unambiguous mention elsewhere on the page, which this keeps looking for. Text hidden by
 * CSS is never highlighted, so it confirms nothing either.
 */
import { confirmsItself, verdictFor } from '../core/ambiguity';
import type { NearEvidence } from '../core/matcher';
import { blockContext } from './block-context';
import { runsAroundHits } from './hit-runs';
import { runInIdleSlices } from './idle-chunks';
import { isRunVisible } from './run-visible';
import type { TextRun } from './text-runs';

/** A run longer than this is not read here (content-main.js reads it in parts): it counts as a mention. */
const MAX_RUN_CHARS = 50_000;

export interface MentionFinder {
  ready(): Promise<void>;
  find(text: string): readonly { topic: string; ambiguous: boolean }[];
  /** What the text around ambiguous mentions says (absent: an ambiguous mention counts as one). */
  near?(text: string): NearEvidence;
}

/** Whether content-main.js would show a mention of this run whatever the rest of the page says. */
function keptOnItsOwn(run: TextRun, matcher: MentionFinder): boolean {
  if (run.text.length > MAX_RUN_CHARS) return true;
  const found = matcher.find(run.text);
  if (!found.length || !isRunVisible(run)) return false;
  if (found.some((c) => !c.ambiguous)) return true;
  if (!matcher.near) return true;
  const near = matcher.near(blockContext(run));
  return found.some((c) => confirmsItself(verdictFor(c.topic, near)));
}

/** True when a run around the hits holds a mention (or cannot be checked here); null when aborted. */
export async function hitsConfirmed(
  body: Element,
  hits: readonly Text[],
  doc: Document,
  matcher: MentionFinder,
  signal: AbortSignal,
): Promise<boolean | null> {
  try {
    await matcher.ready();
  } catch {
    // No body from the background: content-main.js's hand-over retries and reports the failure.
    return true;
  }
  if (signal.aborted) return null;
  const runs: Iterator<TextRun> = runsAroundHits(body, hits, doc);
  let found = false;
  const done = await runInIdleSlices(() => {
    const next = runs.next();
    if (next.done) return false;
    found = keptOnItsOwn(next.value, matcher);
    return !found;
  }, signal);
  return done ? found : null;
}

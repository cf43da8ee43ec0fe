/**
 * Whether the walk's prefilter hits hold a mention, before content-main.js is loaded for them: the
 * prefilter only says "maybe" ("Māori" wakes the Mao group, "Stalingrad" the Stalin one), and a frame
 * whose hits are all false ones would otherwise pay for injecting and evaluating content-main.js. The
 * runs around the hits are the ones content-main.js would read, and find() is the one it would run.
 */
import { runsAroundHits } from './hit-runs';
import { runInIdleSlices } from './idle-chunks';
import type { TextRun } from './text-runs';

/** A run longer than this is not read here (content-main.js reads it in parts): it counts as a mention. */
const MAX_RUN_CHARS = 50_000;

export interface MentionFinder {
  ready(): Promise<void>;
  find(text: string): readonly unknown[];
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
    const { text } = next.value;
    found = text.length > MAX_RUN_CHARS || matcher.find(text).length > 0;
    return !found;
  }, signal);
  return done ? found : null;
}

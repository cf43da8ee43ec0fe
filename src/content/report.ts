/**
 * Sends this frame's mentions to the background: once when the first full scan is complete,
 * then after changes, throttled so a busy page does not flood the extension with messages.
 * What is sent is bounded whatever the page holds: counts per topic, and a list of at most
 * MAX_REPORTED mentions (the first of every topic, then the earliest others) with short strings.
 */
import { sameJson } from '../core/same-json';
import { askBackground } from '../platform/browser';
import type { FrameReport } from '../shared/messages';
import { logOnce } from './log-once';
import type { PageMention } from './page-mention';

/** What a report says of its listed mentions' places (report-places.ts; content.js, which has none, sends none). */
export type Places = Pick<FrameReport, 'mentions' | 'blocks' | 'headings'>;
export type PlaceMentions = (listed: readonly PageMention[]) => Promise<Places>;

/** The places of no mention: what a frame without mentions reports. */
export const NO_PLACES: PlaceMentions = () => Promise.resolve({ mentions: [], blocks: [], headings: [] });

const THROTTLE_MS = 300;
/** About 30 KB of report; the background keeps a few hundred per tab in storage.session. */
export const MAX_REPORTED = 200;
const MAX_TEXT = 80;
const MAX_CONTEXT = 160;

export interface Reporter {
  /** The first full scan (or a full rescan) has finished. */
  complete(): void;
  /** Mentions changed after the first scan. */
  changed(): void;
  /** Sends the report again even if unchanged (the background forgot it: a page back from the cache). */
  resend(): void;
  /** Sends nothing more (content-main.js reports for this frame from now on). */
  stop(): void;
}

export interface FrameState {
  enabled: boolean;
  visible: boolean;
  capped: boolean;
  hiddenFrames: string[];
  mentions: readonly PageMention[];
}

/** The mentions a report lists (the first of every topic, then the earliest), and every topic's count. */
export function boundedMentions(mentions: readonly PageMention[]): {
  listed: PageMention[];
  counts: Record<string, number>;
} {
  const counts: Record<string, number> = {};
  const listed: PageMention[] = [];
  for (const m of mentions) {
    const seen = counts[m.topic];
    counts[m.topic] = (seen ?? 0) + 1;
    if (seen === undefined || listed.length < MAX_REPORTED) listed.push(m);
  }
  return { listed, counts };
}

export function createReporter(read: () => FrameState, placed: PlaceMentions): Reporter {
  let complete = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastSent: FrameReport | null = null;
  // Places are read in idle slices: one report at a time, and one more if mentions changed meanwhile.
  let running = false;
  let again = false;
  let stopped = false;

  const send = (): void => {
    timer = null;
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    const { enabled, visible, capped, hiddenFrames, mentions } = read();
    const { listed, counts } = boundedMentions(mentions);
    placed(listed)
      .then((places) => {
        const short = places.mentions.map((m) => ({
          ...m,
          text: m.text.slice(0, MAX_TEXT),
          context: m.context.slice(0, MAX_CONTEXT),
        }));
        const report: FrameReport = {
          url: location.href,
          complete,
          enabled,
          visible,
          capped,
          hiddenFrames,
          counts,
          ...places,
          mentions: short,
        };
        if (sameJson(report, lastSent) || stopped) return;
        lastSent = report;
        return askBackground('mentions/report', report);
      })
      .catch((error: unknown) => logOnce('report', error))
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          send();
        }
      });
  };

  return {
    complete() {
      complete = true;
      if (timer) clearTimeout(timer);
      send();
    },
    changed() {
      if (!complete || timer) return;
      timer = setTimeout(send, THROTTLE_MS);
    },
    resend() {
      lastSent = null;
      if (complete) send();
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}

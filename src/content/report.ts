/**
 * Sends this frame's mentions to the background: once when the first full scan is complete,
 * then after changes, throttled so a busy page does not flood the extension with messages.
 */
import { askBackground } from '../platform/browser';
import type { FrameReport } from '../shared/messages';
import { logOnce } from './log-once';
import type { PageMention } from './page-mention';
import { withPlacesInIdle } from './report-places';

const THROTTLE_MS = 300;

export interface Reporter {
  /** The first full scan (or a full rescan) has finished. */
  complete(): void;
  /** Mentions changed after the first scan. */
  changed(): void;
}

export function createReporter(read: () => { enabled: boolean; mentions: PageMention[] }): Reporter {
  let complete = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastSent = '';
  // Places are read in idle slices: one report at a time, and one more if mentions changed meanwhile.
  let running = false;
  let again = false;

  const send = (): void => {
    timer = null;
    if (running) {
      again = true;
      return;
    }
    running = true;
    const { enabled, mentions } = read();
    withPlacesInIdle(mentions)
      .then((places) => {
        const report: FrameReport = { url: location.href, complete, enabled, ...places };
        const key = JSON.stringify(report);
        if (key === lastSent) return;
        lastSent = key;
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
  };
}

/**
 * Sends this frame's mentions to the background: once when the first full scan is complete,
 * then after changes, throttled so a busy page does not flood the extension with messages.
 */
import { askBackground } from '../platform/browser';
import type { FrameReport, MentionPlace, MentionReport } from '../shared/messages';
import { logOnce } from './log-once';
import type { PageMention } from './page-mention';
import { createPassageReader } from './passage-reader';
import { nearestBlock } from './text-runs';

const THROTTLE_MS = 300;
/** Mentions past this many are reported without their place (and so without a thesis): a report stays bounded. */
export const MAX_PLACES = 400;

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

  const send = (): void => {
    timer = null;
    const { enabled, mentions } = read();
    const report: FrameReport = { url: location.href, complete, enabled, ...withPlaces(mentions) };
    const key = JSON.stringify(report);
    if (key === lastSent) return;
    lastSent = key;
    askBackground('mentions/report', report).catch((error: unknown) => logOnce('report', error));
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

/**
 * The mentions with, for the first MAX_PLACES, their place: the passage the card would be given
 * (same reader), block texts and headings sent once each.
 */
export function withPlaces(mentions: readonly PageMention[], doc: Document = document): Pick<FrameReport, 'mentions' | 'blocks' | 'headings'> {
  const reader = createPassageReader(doc);
  const blocks = new Index();
  const headings = new Index();
  const groups = new Map<Element | null, number>();
  const out = mentions.map((m, i): MentionReport & { place?: MentionPlace } => {
    const base = { topic: m.topic, text: m.text, context: m.context };
    if (i >= MAX_PLACES) return base;
    const p = reader.passageOf(m);
    const block = nearestBlock(m.startNode);
    if (!groups.has(block)) groups.set(block, groups.size);
    return { ...base, place: { sentence: p.sentence, block: blocks.of(p.block), heading: headings.of(p.heading), group: groups.get(block) ?? 0 } };
  });
  return { mentions: out, blocks: blocks.list, headings: headings.list };
}

class Index {
  readonly list: string[] = [];
  private readonly at = new Map<string, number>();
  of(text: string): number {
    let i = this.at.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.at.set(text, i);
    }
    return i;
  }
}

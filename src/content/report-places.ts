/**
 * A report's mentions with their places: the passage each card would be given (the same reader),
 * so the background can judge each mention's thesis as the card does. Bounded: block texts and
 * headings are sent once each, and only the first MAX_PLACES mentions carry a place.
 */
import type { FrameReport, MentionPlace, MentionReport } from '../shared/messages';
import type { PageMention } from './page-mention';
import { runInIdleSlices } from './idle-chunks';
import { createPassageReader } from './passage-reader';
import type { PlaceCache } from './place-cache';
import { nearestBlock } from './text-runs';

/** Mentions past this many are reported without their place (and so without a thesis). */
export const MAX_PLACES = 400;

type Places = Pick<FrameReport, 'mentions' | 'blocks' | 'headings'>;

/** All at once (tests; small pages). */
export function withPlaces(mentions: readonly PageMention[], doc: Document = document): Places {
  const placer = createPlacer(mentions, doc);
  while (placer.step());
  return placer.result();
}

/**
 * In idle slices, so a page with hundreds of mentions never gets one long task from the report.
 * `cache`: passages of the last report that nothing has changed since (place-cache.ts).
 */
export async function withPlacesInIdle(
  mentions: readonly PageMention[],
  doc: Document = document,
  cache?: PlaceCache,
): Promise<Places> {
  const placer = createPlacer(mentions, doc, cache);
  await runInIdleSlices(() => placer.step());
  return placer.result();
}

function createPlacer(
  mentions: readonly PageMention[],
  doc: Document,
  cache?: PlaceCache,
): { step(): boolean; result(): Places } {
  const reader = createPassageReader(doc);
  const pass = cache?.pass();
  const blocks = new Index();
  const headings = new Index();
  const groups = new Map<Element | null, number>();
  const out: (MentionReport & { place?: MentionPlace })[] = [];
  return {
    step() {
      const i = out.length;
      const m = mentions[i];
      if (!m) return false;
      const base = { topic: m.topic, text: m.text, context: m.context };
      if (i >= MAX_PLACES) {
        out.push(base);
        return true;
      }
      const known = pass?.known(m);
      const p = known?.passage ?? reader.passageOf(m);
      const block = known ? known.block : nearestBlock(m.startNode);
      pass?.read(m, { passage: p, block });
      if (!groups.has(block)) groups.set(block, groups.size);
      out.push({
        ...base,
        place: {
          sentence: p.sentence,
          block: blocks.of(p.block),
          heading: headings.of(p.heading),
          group: groups.get(block) ?? 0,
        },
      });
      return true;
    },
    result: () => {
      pass?.finish();
      return { mentions: out, blocks: blocks.list, headings: headings.list };
    },
  };
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

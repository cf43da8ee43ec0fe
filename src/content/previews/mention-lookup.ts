/**
 * The page's mentions as previews need them: in document order, by id, and under a point.
 * Rebuilt lazily: the highlighter says "changed", the next question pays for the rebuild.
 */
import type { PageMention } from '../page-mention';
import { paintedMentionAt, wrappedMentionId } from './hit-test';
import { buildSpanIndex, type SpanIndex } from './mention-index';

export class MentionLookup {
  private list: PageMention[] | null = null;
  private ids: Map<number, PageMention> | null = null;
  private spans: SpanIndex | null = null;
  private scratch: Range | null = null;

  /** read: every listed mention; readPainted: those painted (only they answer to the pointer). */
  constructor(
    private readonly read: () => PageMention[],
    private readonly doc: Document,
    private readonly readPainted: () => PageMention[] = read,
    /** Whether read() would list any: asked after every change, so it should not build the list. */
    private readonly readAny: () => boolean = () => read().length > 0,
  ) {}

  invalidate(): void {
    this.list = null;
    this.ids = null;
    this.spans = null;
  }

  all(): PageMention[] {
    return (this.list ??= this.read());
  }

  any(): boolean {
    return this.list ? this.list.length > 0 : this.readAny();
  }

  byId(id: number): PageMention | null {
    this.ids ??= new Map(this.all().map((m) => [m.id, m]));
    return this.ids.get(id) ?? null;
  }

  /** The same place after a rescan gave it a new id (rescans re-find mentions in a changed block). */
  same(old: PageMention): PageMention | null {
    const byId = this.byId(old.id);
    if (byId) return byId;
    const found = this.all().find(
      (m) => m.topic === old.topic && m.startNode === old.startNode && m.startOffset === old.startOffset,
    );
    return found ?? null;
  }

  /** target: the element the pointer event hit, to skip points over elements without mention text. */
  paintedAt(x: number, y: number, target: EventTarget | null): PageMention | null {
    this.spans ??= buildSpanIndex(this.readPainted(), this.doc);
    this.scratch ??= this.doc.createRange();
    return paintedMentionAt(this.doc, this.spans, x, y, this.scratch, target);
  }

  wrappedAt(target: EventTarget | null): PageMention | null {
    const id = wrappedMentionId(target);
    return id === null ? null : this.byId(id);
  }
}

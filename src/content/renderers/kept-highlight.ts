/**
 * One Highlight of ours in the page's registry, kept alive: the registry is shared with the page's own
 * scripts, which can delete our entry, replace it or clear its ranges (then nothing paints again).
 * A check, about a microsecond when nothing changed, runs after each batch of ranges we add (check())
 * and once a second while there is something to paint, and puts back what is missing.
 */
type PageWindow = Window & typeof globalThis;

const CHECK_MS = 1000;

export class KeptHighlight {
  private readonly ranges = new Set<AbstractRange>();
  private readonly highlight: Highlight;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly win: PageWindow,
    private readonly name: string,
    priority = 0,
  ) {
    this.highlight = new win.Highlight();
    this.highlight.priority = priority;
  }

  get size(): number {
    return this.ranges.size;
  }

  /** Call check() after a batch of these: it registers the highlight. */
  add(range: AbstractRange): void {
    this.ranges.add(range);
    this.highlight.add(range);
  }

  delete(range: AbstractRange): void {
    this.ranges.delete(range);
    this.highlight.delete(range);
    if (!this.ranges.size) this.clear();
  }

  /** Shows exactly this range (the active mention). */
  only(range: AbstractRange): void {
    this.ranges.clear();
    this.highlight.clear();
    this.add(range);
    this.check();
  }

  clear(): void {
    this.ranges.clear();
    this.highlight.clear();
    const registry = this.win.CSS.highlights;
    if (registry.get(this.name) === this.highlight) registry.delete(this.name);
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Puts our entry and its ranges back if the page took them away. */
  check(): void {
    if (!this.ranges.size) return;
    const registry = this.win.CSS.highlights;
    if (registry.get(this.name) !== this.highlight) registry.set(this.name, this.highlight);
    if (this.highlight.size !== this.ranges.size) {
      this.highlight.clear();
      for (const range of this.ranges) this.highlight.add(range);
    }
    this.timer ??= setInterval(() => {
      try {
        this.check();
      } catch {
        // A page that broke the registry itself gets no highlights; it must not get our errors.
      }
    }, CHECK_MS);
  }
}

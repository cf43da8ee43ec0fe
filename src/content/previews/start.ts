/**
 * Previews in the page: hover or focus a highlight to read the paper's point without leaving the text
 * (see README.md in this folder). Costs nothing until the page has a mention: no page listener, no element.
 */
import type { Settings } from '../../core/settings';
import { ext } from '../../platform/browser';
import { SETTINGS_KEY } from '../../shared/storage-keys';
import type { Highlighter } from '../highlighter';
import { guarded, logOnce } from '../log-once';
import type { PageMention } from '../page-mention';
import { CardController } from './card-controller';
import { createCardHost } from './card-host';
import { HoverIntent } from './hover-intent';
import { MentionLookup } from './mention-lookup';
import { listenToPageCommands } from './page-commands';
import { trackPointer } from './pointer-tracker';

export interface PreviewDeps {
  highlighter: Highlighter;
  settings(): Settings;
  /** Runs our own DOM writes (the card's host element) so the page observer ignores them. */
  ownWrites<T>(write: () => T): T;
  doc?: Document;
  win?: Window;
}

/** Never throws: a failure here must not keep the highlights from starting. */
export function startPreviews(deps: PreviewDeps): { stop(): void } {
  try {
    return start(deps);
  } catch (error) {
    logOnce('previews', error);
    return { stop: () => undefined };
  }
}

function start(deps: PreviewDeps): { stop(): void } {
  const doc = deps.doc ?? document;
  const win = deps.win ?? window;
  const { highlighter } = deps;
  const kind = () => highlighter.rendererKind;
  const lookup = new MentionLookup(
    () => highlighter.visible(),
    doc,
    () => highlighter.painted(),
    () => highlighter.anyVisible(),
  );
  const host = createCardHost(doc, (write) => deps.ownWrites(write));
  let cursor: PageMention | null = null;
  let stopAll = (): void => undefined;
  let point: { x: number; y: number } | undefined;
  const cards: CardController = new CardController({
    doc,
    win,
    host,
    kind,
    enabled: () => deps.settings().previews,
    mentions: () => lookup.all(),
    opened: (mention, reason) => {
      cursor = mention;
      intent.opened(mention, reason === 'hover');
    },
    closed: (dismissed) => intent.closed(dismissed),
    // After an extension update this script is orphaned: it stops listening to the page, quietly.
    orphaned: () => stopAll(),
  });
  const intent: HoverIntent = new HoverIntent({
    intend: guarded('preview', (mention: PageMention) => cards.preload(mention)),
    open: (mention) => void cards.open(mention, 'hover', point),
    close: guarded('preview', () => cards.close(false)),
    delayMs: () => deps.settings().hoverDelayMs,
  });

  let tracking: AbortController | null = null;
  let lastKind = kind();
  const sync = guarded('previews', () => {
    lookup.invalidate();
    const open = cards.current;
    if (open && (kind() !== lastKind || !lookup.same(open))) cards.close(false);
    lastKind = kind();
    const wanted = deps.settings().previews && lookup.any();
    if (wanted && !tracking) {
      tracking = new AbortController();
      const remember = (p: { x: number; y: number }) => (point = p);
      trackPointer({ doc, win, lookup, intent, cards, host, kind, remember }, tracking.signal);
    } else if (!wanted && tracking) {
      tracking.abort();
      tracking = null;
      cards.close(false);
      host.remove();
    }
  });
  // Changes come in bursts (a rescan hides, then shows): settle once, after them.
  let queued = false;
  const schedule = (): void => {
    if (queued) return;
    queued = true;
    win.setTimeout(() => {
      queued = false;
      sync();
    }, 0);
  };
  const unsubscribe = highlighter.onChange(schedule);
  const onStorage = guarded('previews', (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) schedule();
  });
  ext.storage.onChanged.addListener(onStorage);
  const stopCommands = listenToPageCommands({
    doc,
    win,
    highlighter,
    lookup,
    cards,
    settings: () => deps.settings(),
    cursor: () => cursor,
    moveCursor: (mention) => (cursor = mention),
  });
  const previews = {
    stop() {
      unsubscribe();
      stopCommands();
      ext.storage.onChanged.removeListener(onStorage);
      tracking?.abort();
      tracking = null;
      cards.close(false);
      host.remove();
    },
  };
  stopAll = () => previews.stop();
  return previews;
}

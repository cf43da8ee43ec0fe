/**
 * The popup: draws its frame at once, fills in the tab's mentions as they arrive, and moves between
 * views — on this page, lookup (one "/" away), the paper, the timeline, and any topic on top of them.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { KnowledgeBase } from '../core/kb-types';
import type { PageState } from './page-state';
import { EnvContext, translator, type PopupEnv, type View } from './env';
import type { PopupHost } from './host';
import { contentLangOf, type MessageKey } from './i18n';
import { NavBar } from './parts/NavBar';
import { SiteAccess } from './parts/SiteAccess';
import type { SiteAccessHost } from './site-access-host';
import type { Romanize } from './pinyin';
import { usePageState } from './use-page-state';
import { LookupView } from './views/LookupView';
import { PageView } from './views/PageView';
import { IntroView } from './views/IntroView';
import { PaperView } from './views/PaperView';
import { TimelineView } from './views/TimelineView';
import { TopicView } from './views/TopicView';
import { useShortcuts } from './use-shortcuts';

export interface AppProps {
  kb: KnowledgeBase;
  host: PopupHost;
  zhFold: Readonly<Record<string, string>>;
  romanize: Romanize;
  /** undefined while the popup is still finding its tab; null when it is about no tab. */
  tabId: number | null | undefined;
  /** Text to look up at once (from the context menu). */
  initialQuery?: string | null;
  /** A topic to open at once (a preview card's "More"), on top of the page view. */
  initialTopic?: string | null;
  /** Site access checks and requests; left out where there is no browser (component tests). */
  siteAccess?: SiteAccessHost;
  /** Told the view on top whenever it changes (the side panel offers a note on the topic shown). */
  onView?: (view: View) => void;
  /** "Open in side panel" (the popup only), with the topic shown if any. */
  onOpenPanel?: (topic: string | null) => void;
}

function firstViews(kb: KnowledgeBase, query: string | null | undefined, topic: string | null | undefined): View[] {
  if (topic && kb.topics.some((t) => t.id === topic)) return [{ name: 'page' }, { name: 'topic', id: topic }];
  return [{ name: query ? 'lookup' : 'page' }];
}

/** With nothing to show for the page, the popup opens on lookup instead. */
function nothingOnPage(state: PageState): boolean {
  return state.kind === 'unreadable' || (state.kind === 'ready' && state.complete && state.mentions.length === 0);
}

function lookupNotice(state: PageState): MessageKey | undefined {
  if (state.kind === 'unreadable') return 'pageUnreadable';
  if (state.kind === 'loading') return 'pageLoading';
  if (state.kind === 'ready' && state.complete && state.mentions.length === 0) return 'pageNoMentions';
  return undefined;
}

export function App({
  kb,
  host,
  zhFold,
  romanize,
  tabId,
  initialQuery,
  initialTopic,
  siteAccess,
  onView,
  onOpenPanel,
}: AppProps) {
  const { state, refresh } = usePageState(host, tabId);
  const [stack, setStack] = useState<View[]>(() => firstViews(kb, initialQuery, initialTopic));
  const [query, setQuery] = useState(initialQuery ?? '');
  // Whether the popup has left its first view (by the reader, or by opening on a chosen one).
  const moved = useRef(stack.length > 1 || !!initialQuery);
  const root = useRef<HTMLDivElement>(null);
  const view = stack[stack.length - 1] ?? { name: 'page' };

  const open = useCallback((next: View) => {
    moved.current = true;
    setStack((s) => (next.name === 'topic' ? [...s, next] : [next]));
  }, []);
  const back = useCallback(() => {
    moved.current = true;
    setStack((s) => (s.length > 1 ? s.slice(0, -1) : s));
  }, []);
  const env = useMemo<PopupEnv>(
    () => ({
      kb,
      host,
      zhFold,
      romanize,
      lang: contentLangOf(host.uiLanguage()),
      t: translator(host),
      tabId: tabId ?? null,
      open,
      back,
    }),
    [kb, host, zhFold, romanize, tabId, open, back],
  );

  useEffect(() => {
    if (!moved.current && nothingOnPage(state)) setStack([{ name: 'lookup' }]);
  }, [state]);
  // The scan now runs in the tab (on the reader's click, or access just given): back to the page's topics.
  const scanStarted = useCallback(() => {
    if (!moved.current) setStack([{ name: 'page' }]);
    refresh();
  }, [refresh]);
  // The first time the popup opens (and the reader asked for nothing in particular): the introduction.
  useEffect(() => {
    let live = true;
    host.introSeen().then(
      (seen) => {
        // Only an introduction actually shown counts as seen (a card's "More" opens on its topic instead).
        if (seen || !live || moved.current) return;
        moved.current = true;
        setStack([{ name: 'intro' }]);
        host.markIntroSeen().catch(() => undefined);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [host]);
  // Focus follows the reader's moves (and lands in lookup when the popup opens on it).
  const viewKey = JSON.stringify(view);
  useEffect(() => {
    if (moved.current || view.name === 'lookup') root.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    onView?.(view);
  }, [viewKey]);
  useShortcuts(root, {
    lookup: () =>
      view.name === 'lookup'
        ? root.current?.querySelector<HTMLElement>('#lookup-input')?.focus()
        : open({ name: 'lookup' }),
    back: stack.length > 1 ? back : undefined,
  });

  const notice = lookupNotice(state);
  return (
    <EnvContext.Provider value={env}>
      <div class="app" ref={root}>
        <header>
          <div class="title-row">
            <h1>{env.t('extName')}</h1>
            <button
              type="button"
              class="link intro-link"
              aria-current={view.name === 'intro' ? 'page' : undefined}
              onClick={() => open({ name: 'intro' })}
            >
              {env.t('introLink')}
            </button>
            {onOpenPanel && (
              <button
                type="button"
                class="link open-panel"
                onClick={() => onOpenPanel(view.name === 'topic' ? view.id : null)}
              >
                {env.t('openInSidePanel')}
              </button>
            )}
          </div>
          <NavBar current={view.name} />
        </header>
        <main>
          {siteAccess && (view.name === 'page' || view.name === 'lookup') && (
            <SiteAccess access={siteAccess} tabId={tabId} onChanged={scanStarted} />
          )}
          {view.name === 'page' && <PageView state={state} onSiteChanged={refresh} />}
          {view.name === 'lookup' && <LookupView query={query} onQuery={setQuery} notice={notice && env.t(notice)} />}
          {view.name === 'paper' && <PaperView />}
          {view.name === 'intro' && <IntroView onDone={() => open({ name: 'page' })} />}
          {view.name === 'timeline' && (
            <TimelineView
              filter={{ topic: view.topic, thesis: view.thesis }}
              onFilter={(f) => setStack((s) => [...s.slice(0, -1), { name: 'timeline', ...f }])}
            />
          )}
          {view.name === 'topic' && (
            <>
              <button type="button" class="back" onClick={back}>
                <span aria-hidden="true">← </span>
                {env.t('back')}
              </button>
              <TopicView id={view.id} pageState={state} />
            </>
          )}
        </main>
      </div>
    </EnvContext.Provider>
  );
}

/**
 * The side panel: the popup's views at full height (the "Reader" tab) and the reader's notes, trail and
 * export (the "Notes" tab), both about the window's active tab, which it follows.
 */
import { useState } from 'preact/hooks';
import type { KnowledgeBase } from '../core/kb-types';
import { App } from '../popup/App';
import type { View } from '../popup/env';
import type { PopupHost } from '../popup/host';
import { contentLangOf, type Translate } from '../popup/i18n';
import type { Romanize } from '../popup/pinyin';
import type { SiteAccessHost } from '../popup/site-access-host';
import type { CompanionHost } from './companion-host';
import { ExportSection } from './ExportSection';
import { NotesView } from './NotesView';
import { TrailSection } from './TrailSection';

export interface PanelProps {
  kb: KnowledgeBase;
  host: PopupHost;
  companion: CompanionHost;
  zhFold: Readonly<Record<string, string>>;
  romanize: Romanize;
  tabId: number | null | undefined;
  /** A topic to show (the address bar, a card's "Open in side panel"), with when it was asked for. */
  request: { topic: string; at: number } | null;
  siteAccess?: SiteAccessHost;
}

export function PanelApp({ kb, host, companion, zhFold, romanize, tabId, request, siteAccess }: PanelProps) {
  const [tab, setTab] = useState<'reader' | 'notes'>('reader');
  const [topic, setTopic] = useState<string | null>(null);
  const t: Translate = (key, ...subs) => host.message(key, subs.map(String)) || key;
  const lang = contentLangOf(host.uiLanguage());
  const onView = (view: View): void => setTopic(view.name === 'topic' ? view.id : null);
  return (
    <div class="panel" data-tab-id={tabId ?? ''}>
      <div class="panel-tabs" role="tablist">
        <button
          type="button"
          role="tab"
          id="panel-tab-reader"
          aria-selected={tab === 'reader'}
          onClick={() => setTab('reader')}
        >
          {t('panelReader')}
        </button>
        <button
          type="button"
          role="tab"
          id="panel-tab-notes"
          aria-selected={tab === 'notes'}
          onClick={() => setTab('notes')}
        >
          {t('panelNotes')}
        </button>
      </div>
      <div role="tabpanel" aria-labelledby="panel-tab-reader" hidden={tab !== 'reader'}>
        <App
          // A new request (address bar, card) starts the reader view again on its topic.
          key={request ? `${request.topic}@${request.at}` : 'start'}
          kb={kb}
          host={host}
          zhFold={zhFold}
          romanize={romanize}
          tabId={tabId}
          initialTopic={request?.topic ?? null}
          siteAccess={siteAccess}
          onView={onView}
        />
      </div>
      <div role="tabpanel" aria-labelledby="panel-tab-notes" hidden={tab !== 'notes'}>
        {tab === 'notes' && (
          <>
            <NotesView kb={kb} host={companion} t={t} lang={lang} tabId={tabId ?? null} topic={topic} />
            <TrailSection kb={kb} host={companion} t={t} lang={lang} />
            <ExportSection kb={kb} host={companion} t={t} lang={lang} />
          </>
        )}
      </div>
    </div>
  );
}

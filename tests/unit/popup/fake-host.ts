/**
 * A PopupHost for component tests: UI strings from the real static/_locales files (with Chrome's
 * "$1" substitutions), and tab answers the test sets; every call is recorded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PopupHost } from '../../../src/popup/host';
import type { TabInfo } from '../../../src/popup/page-state';
import type { MentionReport, TabMentions } from '../../../src/shared/messages';

type Messages = Record<string, { message: string }>;

export function loadMessages(locale: 'en' | 'zh_CN'): Messages {
  const file = join(__dirname, '..', '..', '..', 'static', '_locales', locale, 'messages.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Messages;
}

export interface FakeHost extends PopupHost {
  seenIntro: boolean;
  tab: TabMentions | null;
  info: TabInfo | null;
  /** Mentions of each topic the page would report to "show on page". */
  revealCounts: Record<string, number>;
  calls: { reveal: [string, number][]; setSiteEnabled: [string, boolean][]; copyText: string[] };
}

export function fakeHost(
  options: { locale?: 'en' | 'zh_CN'; tab?: TabMentions | null; info?: TabInfo | null; seenIntro?: boolean } = {},
): FakeHost {
  const locale = options.locale ?? 'en';
  const messages = loadMessages(locale);
  const host: FakeHost = {
    tab: options.tab === undefined ? null : options.tab,
    info: options.info === undefined ? { loading: false } : options.info,
    revealCounts: {},
    // Most tests are about a popup the reader has opened before.
    seenIntro: options.seenIntro ?? true,
    introSeen: async () => host.seenIntro,
    async markIntroSeen() {
      host.seenIntro = true;
    },
    calls: { reveal: [], setSiteEnabled: [], copyText: [] },
    uiLanguage: () => (locale === 'zh_CN' ? 'zh-CN' : 'en-US'),
    message: (key, substitutions = []) =>
      (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? ''),
    tabMentions: async () => host.tab,
    tabInfo: async () => host.info,
    async setSiteEnabled(site, enabled) {
      host.calls.setSiteEnabled.push([site, enabled]);
      if (host.tab)
        host.tab = {
          ...host.tab,
          enabled,
          mentions: enabled ? host.tab.mentions : [],
          counts: enabled ? host.tab.counts : {},
        };
    },
    async reveal(_tabId, topic, index) {
      host.calls.reveal.push([topic, index]);
      return host.revealCounts[topic] ?? 0;
    },
    async copyText(text) {
      host.calls.copyText.push(text);
    },
  };
  return host;
}

export function mention(topic: string, text: string, context = `… ${text} …`, thesis?: string | null): MentionReport {
  return thesis === undefined ? { topic, text, context } : { topic, text, context, thesis };
}

export function tabWith(mentions: MentionReport[], overrides: Partial<TabMentions> = {}): TabMentions {
  const counts: Record<string, number> = {};
  for (const m of mentions) counts[m.topic] = (counts[m.topic] ?? 0) + 1;
  return {
    tabId: 7,
    url: 'https://example.org/history',
    complete: true,
    enabled: true,
    mentions,
    counts,
    capped: false,
    ...overrides,
  };
}

/** `sino` in the address bar: suggestions from the popup's lookup; Enter opens the topic in the side panel. */
import { zhFold } from 'ssn:compiled-matcher';
import kb from 'ssn:knowledge-base';
import pinyinTable from 'ssn:lookup-pinyin';
import { buildLookupIndex, type LookupIndex } from '../core/lookup';
import { omniboxSuggestions, omniboxTarget, type LabelLang } from '../core/omnibox';
import { ext } from '../platform/browser';
import { listenToOmnibox } from '../platform/omnibox';
import type { CompanionHandler } from './handler';
import { showInPanel } from './side-panel';

let index: LookupIndex | null = null;
function lookupIndex(): LookupIndex {
  index ??= buildLookupIndex(kb.topics, {
    zh: zhFold,
    romanize: (han) => (pinyinTable[han] ? [pinyinTable[han]] : []),
  });
  return index;
}

function labelLang(): LabelLang {
  const ui = ext.i18n.getUILanguage().toLowerCase();
  if (ui.startsWith('ru')) return 'ru';
  if (ui.startsWith('zh')) return /tw|hk|mo|hant/.test(ui) ? 'zh-Hant' : 'zh-Hans';
  return 'en';
}

const suggest = (text: string) => omniboxSuggestions(kb, lookupIndex(), text, labelLang());

export const omniboxHandlers: { 'omnibox/suggest': CompanionHandler<'omnibox/suggest'> } = {
  'omnibox/suggest': ({ text }) => suggest(text),
};

listenToOmnibox({
  suggest,
  enter(text) {
    const topic = omniboxTarget(kb, lookupIndex(), text);
    if (!topic) return;
    // -2 is the current window (windows.WINDOW_ID_CURRENT): no await before open(), or the gesture is gone.
    showInPanel(topic, -2, undefined).catch(() => undefined);
  },
});

/** Renders one popup view inside the environment the App would give it, with fixture data. */
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import type { KnowledgeBase } from '../../../src/core/kb-types';
import { EnvContext, translator, type PopupEnv, type View } from '../../../src/popup/env';
import { contentLangOf } from '../../../src/popup/i18n';
import { fakeHost, type FakeHost } from './fake-host';
import { fixtureKb, fixtureRomanize, fixtureZhFold } from './fixture-kb';

export interface Rendered {
  host: FakeHost;
  opened: View[];
  backs: number;
}

export function renderView(
  view: ComponentChildren,
  options: { host?: FakeHost; kb?: KnowledgeBase; tabId?: number | null } = {},
) {
  const host = options.host ?? fakeHost();
  const log: Rendered = { host, opened: [], backs: 0 };
  const env: PopupEnv = {
    kb: options.kb ?? fixtureKb,
    host,
    lang: contentLangOf(host.uiLanguage()),
    t: translator(host),
    zhFold: fixtureZhFold,
    romanize: fixtureRomanize,
    tabId: options.tabId === undefined ? 7 : options.tabId,
    open: (v) => log.opened.push(v),
    back: () => {
      log.backs += 1;
    },
  };
  const wrap = (children: ComponentChildren) => <EnvContext.Provider value={env}>{children}</EnvContext.Provider>;
  const result = render(wrap(view));
  return { ...result, rerender: (next: ComponentChildren) => result.rerender(wrap(next)), log };
}

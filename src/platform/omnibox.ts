/**
 * The address-bar keyword (manifest "omnibox"). Chromium reads a suggestion's description as XML
 * (so text is escaped there); Firefox shows it as plain text.
 */
import { ext } from './browser';
import { features } from './features';

export interface OmniboxHooks {
  suggest(text: string): { content: string; description: string }[];
  enter(text: string, disposition: string): void;
}

const isFirefox = typeof (ext.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function listenToOmnibox(hooks: OmniboxHooks): void {
  if (!features.omnibox) return;
  ext.omnibox.onInputChanged.addListener((text, suggest) => {
    const list = hooks.suggest(text).map((s) => ({
      content: s.content,
      description: isFirefox ? s.description : escapeXml(s.description),
    }));
    suggest(list);
  });
  ext.omnibox.onInputEntered.addListener((text, disposition) => hooks.enter(text, disposition));
}

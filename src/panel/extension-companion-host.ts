/** The CompanionHost of the extension's pages: background messages and storage change events. */
import { ext } from '../platform/browser';
import { askCompanion } from '../platform/companion-messaging';
import { parseSettings } from '../core/settings';
import { NOTES_KEY, SETTINGS_KEY, TRAIL_KEY } from '../shared/storage-keys';
import type { CompanionHost } from './companion-host';

async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    if (!copied) throw new Error('copy refused');
  }
}

function download(filename: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function createCompanionHost(): CompanionHost {
  return {
    listNotes: () => askCompanion('notes/list', {}),
    pageNotes: (tabId) => askCompanion('notes/page', { tabId }),
    addNote: (note) => askCompanion('notes/add', note),
    editNote: (id, text) => askCompanion('notes/edit', { id, text }),
    async deleteNote(id) {
      await askCompanion('notes/delete', { id });
    },
    async trailEnabled() {
      return parseSettings((await ext.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]).trailEnabled;
    },
    searchTrail: (query) => askCompanion('trail/search', { query }),
    async forgetSite(site) {
      return (await askCompanion('trail/forget-site', { site })).removed;
    },
    async clearTrail() {
      await askCompanion('trail/clear', {});
    },
    async exportBackup() {
      return (await askCompanion('backup/export', {})).text;
    },
    async importBackup(text, withSettings) {
      try {
        return await askCompanion('backup/import', { text, withSettings });
      } catch (error) {
        // The background's refusal is a message key after the message name ("backup/import: importNotOurs").
        const key = /(import[A-Za-z]+)$/.exec(error instanceof Error ? error.message : '')?.[1];
        throw new Error(key ?? 'importMalformed');
      }
    },
    copyText,
    download,
    onChange(callback) {
      const listener = (changes: Record<string, unknown>, area: string): void => {
        if (
          (area === 'local' && (NOTES_KEY in changes || TRAIL_KEY in changes)) ||
          (area === 'sync' && SETTINGS_KEY in changes)
        )
          callback();
      };
      ext.storage.onChanged.addListener(listener);
      return () => ext.storage.onChanged.removeListener(listener);
    },
  };
}

/** The CompanionHost of the extension's pages: background messages and storage change events. */
import { askBackground, ext } from '../platform/browser';
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
    listNotes: () => askBackground('notes/list', {}),
    pageNotes: (tabId) => askBackground('notes/page', { tabId }),
    addNote: (note) => askBackground('notes/add', note),
    editNote: (id, text) => askBackground('notes/edit', { id, text }),
    async deleteNote(id) {
      await askBackground('notes/delete', { id });
    },
    async trailEnabled() {
      return parseSettings((await ext.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]).trailEnabled;
    },
    searchTrail: (query) => askBackground('trail/search', { query }),
    async forgetSite(site) {
      return (await askBackground('trail/forget-site', { site })).removed;
    },
    async clearTrail() {
      await askBackground('trail/clear', {});
    },
    async exportBackup() {
      return (await askBackground('backup/export', {})).text;
    },
    async importBackup(text, withSettings) {
      try {
        return await askBackground('backup/import', { text, withSettings });
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

/** The JSON backup: export everything the reader keeps, import a file of ours without losing anything. */
import { backupText, mergeBackup, parseBackup, type ImportError } from '../core/backup';
import type { CompanionHandler } from './handler';
import { loadStore, saveStore, serialStore } from './companion-store';

/** Reasons a file is refused, as message keys the pages translate (the error text crosses the boundary). */
const REFUSALS: Record<ImportError, string> = {
  'not-json': 'importNotJson',
  'not-ours': 'importNotOurs',
  'newer-version': 'importNewerVersion',
  malformed: 'importMalformed',
};

export const backupHandlers: {
  'backup/export': CompanionHandler<'backup/export'>;
  'backup/import': CompanionHandler<'backup/import'>;
} = {
  'backup/export': async () => ({ text: backupText(await loadStore(), new Date()) }),
  'backup/import': ({ text, withSettings }) =>
    serialStore(async () => {
      const parsed = parseBackup(text);
      // Refused before anything is read from storage or written: nothing changes.
      if (!parsed.ok) throw new Error(REFUSALS[parsed.error]);
      const { store, report } = mergeBackup(await loadStore(), parsed.backup, withSettings);
      await saveStore(store);
      return report;
    }),
};

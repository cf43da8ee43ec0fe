/**
 * Everything the notes, trail and export views ask of the browser, as one interface: the extension
 * provides it (extension-companion-host.ts), component tests can hand in a fake.
 */
import type { ImportReport } from '../core/backup';
import type { NewNote, Note } from '../core/notes';
import type { TrailRecord } from '../core/trail';

export interface CompanionHost {
  listNotes(): Promise<Note[]>;
  /** The tab's page's notes, and which passage notes were found and marked on it. */
  pageNotes(tabId: number): Promise<{ url: string; notes: Note[]; attached: string[] }>;
  addNote(note: NewNote): Promise<Note>;
  editNote(id: string, text: string): Promise<Note>;
  deleteNote(id: string): Promise<void>;
  trailEnabled(): Promise<boolean>;
  searchTrail(query: string): Promise<TrailRecord[]>;
  forgetSite(site: string): Promise<number>;
  clearTrail(): Promise<void>;
  exportBackup(): Promise<string>;
  /** Rejects with a message key (importNotJson…) when the file is refused; nothing changes then. */
  importBackup(text: string, withSettings: boolean): Promise<ImportReport>;
  copyText(text: string): Promise<void>;
  download(filename: string, text: string, mime: string): void;
  /** Calls back when notes or the trail change anywhere (another page, the context menu). */
  onChange(callback: () => void): () => void;
}

/**
 * The research companion's messages to the background (notes, trail, backup, address bar), sent only by
 * extension pages: a contract of its own, so the content script (which never sends them) carries none of
 * their checks. Answered by the background through the same dispatcher (shared/dispatch.ts).
 */
import { isNote, isTrailRecord, type ImportReport } from '../core/backup';
import { NOTE_KINDS, type NewNote, type Note } from '../core/notes';
import type { TextQuote } from '../core/text-quote';
import type { TrailRecord } from '../core/trail';
import type { MessageChecks } from './dispatch';
import { anyOf, arrayOf, isBoolean, isInteger, isString, oneOf, shape } from './payload-checks';

export interface CompanionRequests {
  'notes/list': { req: Record<string, never>; res: Note[] };
  /** A new note; from a content script, a passage note's page is the sender's tab, whatever the request says. */
  'notes/add': { req: NewNote; res: Note };
  'notes/edit': { req: { id: string; text: string }; res: Note };
  'notes/delete': { req: { id: string }; res: null };
  /** The tab's page's passage notes, re-attached in the page (marked there): which ones were found. */
  'notes/page': { req: { tabId: number }; res: { url: string; notes: Note[]; attached: string[] } };
  'trail/search': { req: { query: string }; res: TrailRecord[] };
  'trail/forget-site': { req: { site: string }; res: { removed: number } };
  'trail/clear': { req: Record<string, never>; res: null };
  /** The versioned JSON backup of notes, trail and settings, as text. */
  'backup/export': { req: Record<string, never>; res: { text: string } };
  /** Reads a backup; a file that is not ours fails with a reason and changes nothing. */
  'backup/import': { req: { text: string; withSettings: boolean }; res: ImportReport };
  /** What the address bar suggests for `sino TEXT` (the omnibox listener's own function). */
  'omnibox/suggest': { req: { text: string }; res: { content: string; description: string }[] };
}

const empty = shape<Record<string, never>>({});
const nothing = (value: unknown): value is null => value === null;
const stringOrNull = anyOf(isString, nothing);
const strings = arrayOf(isString);
const textQuote = shape<TextQuote>({ exact: isString, prefix: isString, suffix: isString });
const newNote = shape<NewNote>(
  {
    kind: oneOf(NOTE_KINDS),
    topic: stringOrNull,
    evidence: stringOrNull,
    url: stringOrNull,
    title: stringOrNull,
    quote: anyOf(textQuote, nothing),
    text: isString,
  },
  ['topic', 'evidence', 'url', 'title', 'quote', 'text'],
);
const idOnly = shape<{ id: string }>({ id: isString });
const importReport = shape<ImportReport>({ imported: isInteger, duplicates: isInteger, failed: isInteger });

export const companionChecks: MessageChecks<CompanionRequests> = {
  'notes/list': { req: empty, res: arrayOf(isNote) },
  'notes/add': { req: newNote, res: isNote },
  'notes/edit': { req: shape<{ id: string; text: string }>({ id: isString, text: isString }), res: isNote },
  'notes/delete': { req: idOnly, res: nothing },
  'notes/page': {
    req: shape<{ tabId: number }>({ tabId: isInteger }),
    res: shape<{ url: string; notes: Note[]; attached: string[] }>({
      url: isString,
      notes: arrayOf(isNote),
      attached: strings,
    }),
  },
  'trail/search': { req: shape<{ query: string }>({ query: isString }), res: arrayOf(isTrailRecord) },
  'trail/forget-site': {
    req: shape<{ site: string }>({ site: isString }),
    res: shape<{ removed: number }>({ removed: isInteger }),
  },
  'trail/clear': { req: empty, res: nothing },
  'backup/export': { req: empty, res: shape<{ text: string }>({ text: isString }) },
  'backup/import': {
    req: shape<{ text: string; withSettings: boolean }>({ text: isString, withSettings: isBoolean }),
    res: importReport,
  },
  'omnibox/suggest': {
    req: shape<{ text: string }>({ text: isString }),
    res: arrayOf(shape<{ content: string; description: string }>({ content: isString, description: isString })),
  },
};

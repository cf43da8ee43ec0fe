// The pure companion code the bench times (bundled for Node by scripts/import-ts.mjs).
export { prepareData } from '../../src/build/prepare-data';
export { backupText } from '../../src/core/backup';
export { createNote } from '../../src/core/notes';
export { notesCsv, notesMarkdown } from '../../src/core/note-exports';
export { indexTrail, recordSightings, searchTrail } from '../../src/core/trail';
export { buildLookupIndex } from '../../src/core/lookup';
export { omniboxSuggestions } from '../../src/core/omnibox';
export { DEFAULT_SETTINGS } from '../../src/core/settings';

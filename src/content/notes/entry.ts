/**
 * content-notes.js: passage notes in a frame (find and mark them, quote the selection). The background
 * injects it where a page has notes or the reader adds one, so the script every page parses stays small.
 * Injected again on a later request, it must not answer twice.
 */
import { listenForNotes } from './note-marks';

const FLAG = '__ssnNotesListening';
const scope = globalThis as unknown as Record<string, unknown>;
if (!scope[FLAG]) {
  scope[FLAG] = true;
  try {
    listenForNotes();
  } catch (error) {
    console.error('Sino-Soviet Notes: notes', error);
  }
}

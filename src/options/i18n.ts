/** The options page's words: shared/ui-messages.ts in the reader's language (the page's own choice, else the browser's). */
export { translatorFor, type MessageKey, type Translate } from '../shared/ui-messages';

// popup-lang.js: loaded by popup.html before popup.js, to start the language read early (early-lang.ts).
import { startReaderLang } from './early-lang';

startReaderLang();

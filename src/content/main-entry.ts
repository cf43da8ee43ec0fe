/** content-main.js: everything a frame with mentions needs, injected on content.js's first prefilter hit (main-handoff.ts). */
import { provideMain } from './main-handoff';
import { startMain } from './main-start';

provideMain(startMain);

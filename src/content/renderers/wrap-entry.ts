/** content-wrap.js: the wrap renderer and mark.js, injected into a frame only for wrap mode (see wrap-handoff.ts). */
import { createWrapRenderer } from './wrap';
import { provideWrapRenderer } from './wrap-handoff';

provideWrapRenderer(createWrapRenderer);

/**
 * Sends a frame the matcher's groups and cues once its prefilter finds something: content.js
 * carries only the prefilter (core/matcher-shipped.ts), so pages without a hit never parse the rest.
 */
import body from 'ssn:matcher-body';
import type { BackgroundHandler } from './handler';

/** Made once per background start: the same text answers every frame. */
let json: string | undefined;

export const matcherBodyHandlers: { 'matcher/body': BackgroundHandler<'matcher/body'> } = {
  'matcher/body': () => Promise.resolve((json ??= JSON.stringify(body))),
};

// Global setup of the corpus tests (npm run test:corpus): they read real pages from ../shared/corpus,
// which a bare clone does not have. Stop at once with a message saying so, not with ENOENT in every test.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from '../browser/server.mjs';

export default function requireCorpus() {
  if (!existsSync(join(CORPUS, 'manifest.json'))) {
    throw new Error(
      `npm run test:corpus needs the page corpus at ${CORPUS} (manifest.json missing). ` +
        'Put the shared folder beside this repository (../shared/corpus), or run npm test, which needs nothing beside it.',
    );
  }
}

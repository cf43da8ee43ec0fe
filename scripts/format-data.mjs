// npm run format:data [-- --check]: rewrites data/*.json in canonical form (or, with --check, lists
// the files that are not, and exits 1). The work is in src/build/format-data.ts.
import { join } from 'node:path';
import { REPO } from '../tests/browser/server.mjs';
import { importTs } from './import-ts.mjs';

process.argv.push(join(REPO, 'data'));
await importTs('src/build/format-data.ts');

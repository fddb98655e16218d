// `npm run migrate`: builds if sources changed, then applies pending migrations to DATABASE_URL.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from './lib/build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
ensureBuild(root, { log: (m) => process.stderr.write(`${m}\n`), stdio: ['ignore', 2, 2] });
execFileSync(process.execPath, [join(root, 'dist/apps/api/src/migrate.js')], { cwd: root, stdio: 'inherit' });

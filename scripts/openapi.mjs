// `npm run openapi`: rebuilds if needed, then writes openapi.json at the repository root from the compiled app.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureBuild } from './lib/build.mjs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
ensureBuild(root);
const entry = join(root, 'dist/apps/api/src/openapi.js');
if (!existsSync(entry)) throw new Error(`missing ${entry} after build`);
execSync(`node ${JSON.stringify(entry)}`, { cwd: root, stdio: 'inherit' });
// The web portal's typed client follows the contract it was generated from.
execSync(`node ${JSON.stringify(join(root, 'scripts/web-client.mjs'))}`, { cwd: root, stdio: 'inherit' });

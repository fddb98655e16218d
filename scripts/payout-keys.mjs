// `npm run payout-keys -- generate | status | rotate`: builds if sources changed, then runs the key command
// against DATABASE_URL with PAYOUT_ENCRYPTION_KEYS (from the environment, else the one `npm start` keeps in .data).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from './lib/build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const keysFile = join(root, '.data/payout-encryption-keys');
const env = { ...process.env };
if (!env.PAYOUT_ENCRYPTION_KEYS && existsSync(keysFile))
  env.PAYOUT_ENCRYPTION_KEYS = readFileSync(keysFile, 'utf8').trim();
ensureBuild(root, { log: (m) => process.stderr.write(`${m}\n`), stdio: ['ignore', 2, 2] });
try {
  execFileSync(process.execPath, [join(root, 'dist/apps/api/src/payout-keys.js'), ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env,
  });
} catch (error) {
  process.exit(error.status ?? 1);
}
